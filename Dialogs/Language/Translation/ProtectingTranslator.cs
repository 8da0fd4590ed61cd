namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Wraps a machine translator so that it only ever sees placeholders where numbers, prices,
/// emoji, product names and shop codes were (see <see cref="TextProtector"/>), and puts them back
/// in what it answers. A failed or untranslated result carries the original text.
/// </summary>
public sealed class ProtectingTranslator : ITranslator
{
    private readonly ITranslator _inner;
    private readonly IProtectedTermsSource _terms;

    public ProtectingTranslator(ITranslator inner, IProtectedTermsSource terms)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _terms = terms ?? throw new ArgumentNullException(nameof(terms));
    }

    public string Name => _inner.Name;

    public async Task<TranslationResult> TranslateAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        var results = await TranslateBatchAsync([text], sourceLanguage, targetLanguage, cancellationToken);
        return results[0];
    }

    public async Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        var names = _terms.GetProductNames();
        var protectedTexts = texts.Select(t => TextProtector.Protect(t, names)).ToList();
        var results = await _inner.TranslateBatchAsync(
            [.. protectedTexts.Select(p => p.Text)], sourceLanguage, targetLanguage, cancellationToken);

        return [.. results.Select((result, i) => Restored(result, texts[i], protectedTexts[i]))];
    }

    private static TranslationResult Restored(TranslationResult result, string original, ProtectedText protectedText) =>
        result.Outcome switch
        {
            TranslationOutcome.Failed => result with { Text = original },
            TranslationOutcome.Untranslated => GlossaryTranslator.Untranslated(
                original, result.SourceLanguage, result.TargetLanguage) with { Provider = result.Provider },
            _ => result with { Text = protectedText.Restore(result.Text) },
        };
}
