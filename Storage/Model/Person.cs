namespace SoukPlay.Storage.Model;

/// <summary>
/// One human, keyed by their E.164 phone number (<c>+212612345678</c>): the same number on SMS and
/// WhatsApp is one person with one profile.
/// </summary>
public sealed class Person : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    /// <summary>A catalogue language code (fr, en, ary, ary-Latn, ar, es, zgh); empty until chosen.</summary>
    public string Language { get; set; } = "";

    public Role Role { get; set; }

    /// <summary>The channel the person last wrote from; replies go back on it.</summary>
    public Channel LastChannel { get; set; }

    /// <summary>The Twilio number (E.164, no channel prefix) the person last wrote to.</summary>
    public string LastBotNumber { get; set; } = "";

    public string? ProfileName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastInboundAt { get; set; }

    /// <summary>True after STOP: the person gets nothing but the confirmation.</summary>
    public bool OptedOut { get; set; }

    /// <summary>
    /// The open negotiation this person was last told about, or null. While it stays open, their
    /// next message goes to that negotiation first (an answer, or words passed to the other side).
    /// </summary>
    public string? FocusNegotiationId { get; set; }

    /// <summary>
    /// The cooperative ballot this person was last sent and has not answered yet: their next
    /// message that is one digit is a vote on it (see the cooperatives' ballot handling).
    /// </summary>
    public string? PendingBallotId { get; set; }

    /// <summary>
    /// When an opted-out person was last told how to come back (at most once a day); null when
    /// never.
    /// </summary>
    public DateTimeOffset? OptOutNoticeAt { get; set; }

    /// <summary>
    /// Whether a WhatsApp message that cannot go (outside the 24-hour window, no template) may be
    /// sent by SMS to the same number instead. False until the person says yes.
    /// </summary>
    public bool AllowSmsFallback { get; set; }
}
