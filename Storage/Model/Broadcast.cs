namespace SoukPlay.Storage.Model;

/// <summary>An announcement or ballot a leader sent to the members of a cooperative.</summary>
public sealed class Broadcast : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string CooperativeId { get; set; } = "";

    public BroadcastKind Kind { get; set; }

    /// <summary>For a ballot, the campaign whose projects it lists.</summary>
    public string? CampaignId { get; set; }

    public int Recipients { get; set; }

    public int Messages { get; set; }

    public int SmsSegments { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
