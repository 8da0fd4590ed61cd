namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Translates free text between the languages of <see cref="LanguageCodes"/>. Implementations
/// return failures as <see cref="TranslationOutcome.Failed"/> results; they throw only when the
/// caller's token is cancelled.
/// </summary>
public interface ITranslator
{
    /// <summary>The provider name stored with cached translations (glossary, azure, llm).</summary>
    string Name { get; }

    Task<TranslationResult> TranslateAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken);

    /// <summary>Translates several texts from one language to another, in order.</summary>
    Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken);
}
