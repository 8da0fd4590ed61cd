namespace SoukPlay.Bot.Media;

/// <summary>
/// Settings for fetching inbound media. The credentials come from <c>Twilio:AccountSid</c> and
/// <c>Twilio:AuthToken</c>; the rest from <c>Twilio:Media</c>.
/// </summary>
public sealed class TwilioMediaOptions
{
    public const string SectionName = "Twilio:Media";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>
    /// Hosts media may come from. An entry <c>*.example.com</c> allows every subdomain of
    /// example.com (not example.com itself). Redirect targets must be on the list too.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = [];

    /// <summary>Allow plain http (only for loopback fakes in tests and development).</summary>
    public bool AllowHttp { get; set; }

    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 3;

    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed for one attempt, redirects and body included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Twilio's media hosts, used when <see cref="AllowedHosts"/> is left empty.</summary>
    public static IReadOnlyList<string> TwilioMediaHosts { get; } =
        ["api.twilio.com", "media.twiliocdn.com", "mms.twiliocdn.com", "*.twiliocdn.com"];
}
