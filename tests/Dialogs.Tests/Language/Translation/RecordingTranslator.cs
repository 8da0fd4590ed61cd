using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

/// <summary>A provider that upper-cases texts, or fails or throws on demand, and counts calls.</summary>
internal sealed class RecordingTranslator : ITranslator
{
    public List<IReadOnlyList<string>> Calls { get; } = [];

    public string? FailWith { get; set; }

    public bool Throw { get; set; }

    public string Name => "fake";

    public async Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        (await TranslateBatchAsync([text], sourceLanguage, targetLanguage, cancellationToken))[0];

    public Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        Calls.Add(texts);
        if (Throw)
        {
            throw new InvalidOperationException("provider bug");
        }

        IReadOnlyList<TranslationResult> results = [.. texts.Select(t => FailWith is null
            ? TranslationResult.Translated(t.ToUpperInvariant(), sourceLanguage, targetLanguage, Name)
            : TranslationResult.Failed(t, sourceLanguage, targetLanguage, Name, FailWith))];
        return Task.FromResult(results);
    }
}
