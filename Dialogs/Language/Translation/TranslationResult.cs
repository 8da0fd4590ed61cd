namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// What a translator gives back. A failure is a value (<see cref="TranslationOutcome.Failed"/>
/// with a short <see cref="FailureReason"/>), never an exception, so that a message always goes
/// out.
/// </summary>
public sealed record TranslationResult
{
    /// <summary>The text to deliver; for a failure, the original text.</summary>
    public required string Text { get; init; }

    public required string SourceLanguage { get; init; }

    public required string TargetLanguage { get; init; }

    public TranslationOutcome Outcome { get; init; }

    /// <summary>Which translator produced it: glossary, azure, llm, or cache:&lt;provider&gt;.</summary>
    public string Provider { get; init; } = "";

    /// <summary>For failures: unauthorized, over-quota, timeout, unavailable, bad-response.</summary>
    public string? FailureReason { get; init; }

    public bool IsTranslated => Outcome is TranslationOutcome.Translated or TranslationOutcome.ReducedQuality;

    public static TranslationResult Translated(string text, string from, string to, string provider) =>
        new() { Text = text, SourceLanguage = from, TargetLanguage = to, Provider = provider };

    public static TranslationResult Failed(string original, string from, string to, string provider, string reason) =>
        new()
        {
            Text = original,
            SourceLanguage = from,
            TargetLanguage = to,
            Provider = provider,
            Outcome = TranslationOutcome.Failed,
            FailureReason = reason,
        };
}
