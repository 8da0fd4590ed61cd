namespace SoukPlay.Storage.Model;

/// <summary>One of our Twilio numbers and whom it belongs to.</summary>
public sealed class SenderNumber : IEntity
{
    /// <summary>The number in E.164, without a channel prefix.</summary>
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public SenderOwnerKind OwnerKind { get; set; }

    /// <summary>The shop code or cooperative id; empty for the platform.</summary>
    public string OwnerId { get; set; } = "";
}
