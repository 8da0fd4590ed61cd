namespace SoukPlay.Bot.Translation;

/// <summary>The <c>Translation:Azure</c> section, validated at start when azure is chosen.</summary>
public sealed class AzureTranslatorOptions
{
    public const string SectionName = "Translation:Azure";

    /// <summary>
    /// The resource key, sent as Ocp-Apim-Subscription-Key. Keep it in user secrets or the
    /// environment, never in appsettings.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>The resource's region (e.g. westeurope), required for regional and multi-service resources.</summary>
    public string Region { get; set; } = "";

    public Uri? Endpoint { get; set; } = new("https://api.cognitive.microsofttranslator.com");

    /// <summary>All attempts together, retries included, so that the webhook stays fast.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// A 429 whose Retry-After is longer than this is not retried: the message goes out
    /// untranslated at once instead of waiting out the whole timeout.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(2);
}
