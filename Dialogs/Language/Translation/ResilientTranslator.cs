using Microsoft.Extensions.Logging;

namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// The outermost translator: whatever happens inside (provider down, slow, over quota, a bug),
/// the message still goes out, as the original followed by a short note in the reader's
/// language, and the failure is logged. Nothing is remembered between calls, so the next
/// message tries the provider again (the provider's own resilience pipeline decides retries).
/// </summary>
public sealed class ResilientTranslator : ITranslator
{
    private readonly ITranslator _inner;
    private readonly ILogger<ResilientTranslator> _logger;

    public ResilientTranslator(ITranslator inner, ILogger<ResilientTranslator> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
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
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);

        IReadOnlyList<TranslationResult> results;
        try
        {
            results = await _inner.TranslateBatchAsync(texts, sourceLanguage, targetLanguage, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TranslationThrew(_logger, exception, _inner.Name, sourceLanguage, targetLanguage);
            return [.. texts.Select(t => WithNote(
                TranslationResult.Failed(t, sourceLanguage, targetLanguage, _inner.Name, "exception")))];
        }

        return [.. results.Select(Checked)];
    }

    private TranslationResult Checked(TranslationResult result)
    {
        if (result.Outcome != TranslationOutcome.Failed)
        {
            return result;
        }

        Log.TranslationFailed(_logger, result.Provider, result.SourceLanguage, result.TargetLanguage,
            result.FailureReason ?? "unknown");
        return WithNote(result);
    }

    private static TranslationResult WithNote(TranslationResult failed) =>
        failed with { Text = failed.Text + "\n" + FallbackNotes.For(failed.TargetLanguage) };
}
