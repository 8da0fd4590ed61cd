using System.Text.RegularExpressions;

namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// The translator that needs no network: whole messages that are common marketplace phrases
/// ("chhal?", "ghali bzaf", "n3tik 300 dh") are translated from an embedded glossary; anything
/// else is delivered as written and marked with its language ("[ary-Latn] salam bghit…"), never
/// dropped and never translated word by word into nonsense.
/// </summary>
public sealed class GlossaryTranslator : ITranslator
{
    public const string ProviderName = "glossary";

    private static readonly char[] EdgePunctuation = [' ', '.', '!', '?', ',', ';', ':', '؟', '،', '…', '¿', '¡'];

    private static readonly IReadOnlyList<(string Language, Regex Pattern, GlossaryEntry Entry)> Phrases =
        [.. MarketplaceGlossary.Entries.SelectMany(entry => entry.Forms.SelectMany(forms =>
            forms.Value.Select(form => (forms.Key, ToPattern(form), entry))))];

    public string Name => ProviderName;

    public Task<TranslationResult> TranslateAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);

        return Task.FromResult(Translate(text, sourceLanguage, targetLanguage));
    }

    public Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        IReadOnlyList<TranslationResult> results =
            [.. texts.Select(t => Translate(t, sourceLanguage, targetLanguage))];
        return Task.FromResult(results);
    }

    /// <summary>The text marked with its language, as delivered when nothing can translate it.</summary>
    public static TranslationResult Untranslated(string text, string sourceLanguage, string targetLanguage) =>
        new()
        {
            Text = $"[{sourceLanguage}] {text}",
            SourceLanguage = sourceLanguage,
            TargetLanguage = targetLanguage,
            Outcome = TranslationOutcome.Untranslated,
            Provider = ProviderName,
        };

    private static TranslationResult Translate(string text, string sourceLanguage, string targetLanguage)
    {
        if (sourceLanguage == targetLanguage || text.Trim().Length == 0)
        {
            return TranslationResult.Translated(text, sourceLanguage, targetLanguage, ProviderName);
        }

        var protectedText = TextProtector.Protect(text);
        var folded = TextFolding.Fold(protectedText.Text).Trim(EdgePunctuation);
        foreach (var (language, pattern, entry) in Phrases)
        {
            var match = language == sourceLanguage ? pattern.Match(folded) : Match.Empty;
            if (match.Success && entry.Forms.TryGetValue(targetLanguage, out var target))
            {
                var translated = target[0].Replace("{0}", match.Groups["value"].Value, StringComparison.Ordinal);
                return TranslationResult.Translated(
                    protectedText.Restore(translated), sourceLanguage, targetLanguage, ProviderName);
            }
        }

        return Untranslated(text, sourceLanguage, targetLanguage);
    }

    private static Regex ToPattern(string form)
    {
        var folded = Regex.Escape(TextFolding.Fold(form).Trim(EdgePunctuation));
        var withValue = folded.Replace(@"\{0}", @"(?<value>⟦\d+⟧)", StringComparison.Ordinal);
        return new Regex($"^{withValue}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
