using System.Globalization;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Localization;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace SoukPlay.Bot.Voice.Calls;

/// <summary>
/// Speaks a catalogue text to a caller: Twilio text-to-speech where Twilio has a voice for the
/// language (fr-FR, en-US, es-ES, ar-XA), a recorded prompt file where it has none (Darija,
/// Tamazight), falling back to Arabic or French text-to-speech when the file is missing.
/// </summary>
/// <remarks>
/// A recording is <c>{language}/{key}.mp3</c> under <see cref="CallOptions.PromptsFolder"/>, played
/// from <see cref="CallOptions.PromptsBaseUrl"/>. A recording cannot hold a changing value, so
/// after it the amount, when the text has one, is spoken as a number by text-to-speech; product
/// and shop names are not spoken with recordings.
/// </remarks>
public sealed class CallPrompts
{
    private static readonly HashSet<string> RecordedLanguages =
        new(["ary", "ary-Latn", "tzm", "zgh", "ber", "shi", "rif"], StringComparer.OrdinalIgnoreCase);

    private readonly IMessageCatalog _catalog;
    private readonly CallOptions _options;

    public CallPrompts(IMessageCatalog catalog, IOptions<CallOptions> options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);

        _catalog = catalog;
        _options = options.Value;
    }

    /// <summary>The Twilio speech-recognition language for a caller speaking <paramref name="language"/>.</summary>
    public static string RecognitionLanguage(string language) => Primary(language) switch
    {
        "en" => "en-US",
        "es" => "es-ES",
        "ar" => "ar-MA",
        "ary" => "ar-MA",
        _ => "fr-FR",
    };

    /// <summary>The TwiML that speaks <paramref name="key"/> to a caller speaking <paramref name="language"/>.</summary>
    public IReadOnlyList<TwiML> Speak(
        string language,
        string key,
        IReadOnlyDictionary<string, object?>? args = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        ArgumentException.ThrowIfNullOrEmpty(key);

        if (!RecordedLanguages.Contains(language))
        {
            return [Say(language, key, args)];
        }

        var recording = Recording(language, key);
        if (recording is null)
        {
            return [Fallback(language, key, args)];
        }

        var amount = args?.GetValueOrDefault("amount");
        return amount is null
            ? [new Play(recording)]
            : [new Play(recording), new Say(Convert.ToString(amount, CultureInfo.InvariantCulture), language: "ar-XA")];
    }

    private Say Say(string language, string key, IReadOnlyDictionary<string, object?>? args)
    {
        var voice = Primary(language) switch
        {
            "en" => "en-US",
            "es" => "es-ES",
            "ar" => "ar-XA",
            _ => "fr-FR",
        };
        return new Say(_catalog.Format(language, key, args), language: voice);
    }

    /// <summary>Darija in Arabic script is read by the Arabic voice; anything else in French.</summary>
    private Say Fallback(string language, string key, IReadOnlyDictionary<string, object?>? args) =>
        string.Equals(language, "ary", StringComparison.OrdinalIgnoreCase)
            ? new Say(_catalog.Format("ary", key, args), language: "ar-XA")
            : new Say(_catalog.Format("fr", key, args), language: "fr-FR");

    private Uri? Recording(string language, string key)
    {
        if (string.IsNullOrEmpty(_options.PromptsBaseUrl) || string.IsNullOrEmpty(_options.PromptsFolder))
        {
            return null;
        }

        var file = Path.Combine(_options.PromptsFolder, language, key + ".mp3");
        return File.Exists(file)
            ? new Uri($"{_options.PromptsBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(language)}/{key}.mp3")
            : null;
    }

    private static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
