namespace SoukPlay.Bot.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the sender looks for due messages when nobody wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many due messages one sender number holds ready to send (replies may exceed it).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How many sends one number may have waiting for Twilio's answer at once (the pace still
    /// spaces their starts). Messages to the same person never overlap, so they arrive in order.
    /// </summary>
    public int MaxInFlightPerNumber { get; set; } = 4;

    /// <summary>
    /// How many due messages one look at the outbox reads. The store lists due messages for all
    /// numbers together, so a backlog longer than this on one number delays the next number's
    /// broadcast until it shrinks below it.
    /// </summary>
    public int DispatchScan { get; set; } = 1000;

    /// <summary>
    /// Retries of one send after a refused connection or a 429, and sends again after an ambiguous
    /// failure that Twilio's message log does not show, before the message fails.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones double it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long to wait after an ambiguous failure before reading Twilio's message log, so that a
    /// message Twilio did take has time to appear in it.
    /// </summary>
    public TimeSpan LogCheckDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The pace of each sender number, in SMS segments (or WhatsApp messages) per second, unless
    /// <see cref="NumberRates"/> names the number.
    /// </summary>
    public double MessagesPerSecond { get; set; } = 1;

    /// <summary>Per-number paces (E.164 number → segments per second), overriding the default.</summary>
    public Dictionary<string, double> NumberRates { get; set; } = [];

    /// <summary>
    /// How long a message may stay in Sending before the sender takes it for lost in a crash and
    /// checks Twilio's message log for it (then sends it again if the log does not have it).
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often messages stuck in Sending are looked for (also once at start).</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many of the newest outbox messages the stuck-message check reads: the store has no
    /// query by status, so a message stuck behind more newer messages than this is not found.
    /// </summary>
    public int RecoveryScan { get; set; } = 5000;

    /// <summary>The pace of <paramref name="number"/>.</summary>
    public double RateFor(string number) =>
        NumberRates.TryGetValue(number, out var rate) ? rate : MessagesPerSecond;
}
