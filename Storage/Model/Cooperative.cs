namespace SoukPlay.Storage.Model;

/// <summary>A cooperative and its leader, who invites members and broadcasts to them.</summary>
public sealed class Cooperative : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public string LeaderId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The leader's most recent broadcast, for "how far has it gone?".</summary>
    public string? LastBroadcastId { get; set; }
}
