namespace SoukPlay.Storage.Model;

/// <summary>A claimed inbound MessageSid: the record that makes every handler idempotent.</summary>
public sealed class InboundMessage : IEntity
{
    /// <summary>Twilio's MessageSid (or CallSid step), unique.</summary>
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public bool Completed { get; set; }
}
