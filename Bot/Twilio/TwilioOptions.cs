namespace SoukPlay.Bot.Twilio;

/// <summary>
/// The <c>Twilio</c> configuration section. With no section at all (or only empty values) the bot
/// runs in local mode; see <see cref="IsConfigured"/>.
/// </summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>The production REST API's address.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://api.twilio.com");

    /// <summary>The account's SID: <c>AC</c> and 32 hexadecimal digits.</summary>
    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>
    /// The address Twilio calls (the proxy's or tunnel's, not the host's own): signatures are
    /// checked against it and status callbacks point at it.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The REST API's address; tests and staging point it at a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>May be false only in the Development environment; the logs warn on every request.</summary>
    public bool ValidateSignatures { get; set; } = true;

    /// <summary>How long the webhook waits for a turn before answering with an empty response.</summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The platform's own number (E.164), where buyers name a shop by its code.</summary>
    public string? PlatformNumber { get; set; }

    /// <summary>Numbers that belong to one shop or one cooperative.</summary>
    public List<TwilioNumberOptions> Numbers { get; set; } = [];

    /// <summary>
    /// Approved WhatsApp templates (Content SIDs, <c>HX...</c>) by message kind, sent when a
    /// free-form message is refused outside the 24-hour window (63016). A kind with a colon
    /// (<c>broadcast:42</c>) is looked up by the part before it (<c>broadcast</c>). The template
    /// gets the message's body as its variable 1.
    /// </summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>How long one request to the REST API may take before it counts as timed out.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether any Twilio setting was given; false means local mode.</summary>
    public bool IsConfigured { get; internal set; }

    /// <summary>Twilio's public base address without a trailing slash.</summary>
    public string PublicBase => (PublicBaseUrl ?? "").TrimEnd('/');

    /// <summary>The Content SID of the template for <paramref name="kind"/>, if one is configured.</summary>
    public string? TemplateFor(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);

        var colon = kind.IndexOf(':', StringComparison.Ordinal);
        var key = colon < 0 ? kind : kind[..colon];
        return Templates.TryGetValue(key, out var sid) && !string.IsNullOrWhiteSpace(sid) ? sid : null;
    }
}
