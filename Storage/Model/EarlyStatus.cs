namespace SoukPlay.Storage.Model;

/// <summary>
/// A provider status report for a message SID that no outbox message holds yet: the provider can
/// report a status before the sender has recorded the SID its send returned. The host applies it
/// when the SID is recorded (and prunes reports whose SID never turns up).
/// </summary>
public sealed class EarlyStatus : IEntity
{
    /// <summary>Unique per report (a SID can be reported several times).</summary>
    public string Id { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The provider's message SID the report is about.</summary>
    public string ProviderSid { get; set; } = "";

    /// <summary>The reported status; null when the report only carries an error code.</summary>
    public OutboxStatus? Status { get; set; }

    /// <summary>The provider's error code, if the report gave one.</summary>
    public int? ErrorCode { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
