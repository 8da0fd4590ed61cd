namespace SoukPlay.Storage.Model;

/// <summary>
/// A message owed to someone, written in the same commit as the turn that caused it and drained by
/// the background sender.
/// </summary>
public sealed class OutboxMessage : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The recipient's <see cref="Person.Id"/> (E.164).</summary>
    public string ToPersonId { get; set; } = "";

    public Channel Channel { get; set; }

    /// <summary>Our Twilio number (E.164, no channel prefix) the message goes out from.</summary>
    public string FromNumber { get; set; } = "";

    public string Body { get; set; } = "";

    public List<string> MediaUrls { get; set; } = [];

    /// <summary>The message's kind (e.g. <c>reply</c>, <c>offer.received</c>), for templates and reports.</summary>
    public string Kind { get; set; } = "";

    /// <summary>0 answers someone who just wrote; higher numbers wait behind it.</summary>
    public int Priority { get; set; }

    /// <summary>The inbound MessageSid whose turn wrote this message, if any.</summary>
    public string? CausedBy { get; set; }

    /// <summary>Whether this answers the person who wrote (and may go back as TwiML).</summary>
    public bool IsReply { get; set; }

    /// <summary>Orders messages of one commit: parts of a long body go out in this order.</summary>
    public long Sequence { get; set; }

    public OutboxStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sender leaves the message alone until then.</summary>
    public DateTimeOffset NotBefore { get; set; }

    public int Attempts { get; set; }

    /// <summary>Twilio's message SID once the API accepted it.</summary>
    public string? ProviderSid { get; set; }

    public string? LastError { get; set; }
}
