using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Serves repeated texts from the store (key: SHA-256 of "from|to|text"), so that a text for
/// many readers is translated once per language, and keeps a daily character budget after
/// which texts go to the fallback (the glossary) instead of the provider. Only translations
/// are cached (reduced-quality ones marked so); failures and untranslated texts are tried
/// again next time.
/// </summary>
public sealed class CachingTranslator : ITranslator
{
    private const string ReducedMark = ":reduced";

    private readonly ITranslator _provider;
    private readonly ITranslator _fallback;
    private readonly ITranslationCacheStore _cache;
    private readonly DailyCharacterBudget _budget;
    private readonly TimeProvider _time;
    private readonly ILogger<CachingTranslator> _logger;

    public CachingTranslator(
        ITranslator provider,
        ITranslator fallback,
        ITranslationCacheStore cache,
        IOptions<CachingTranslatorOptions> options,
        TimeProvider time,
        ILogger<CachingTranslator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _budget = new DailyCharacterBudget(time, options.Value.DailyCharacterBudget);
    }

    public string Name => _provider.Name;

    public static string CacheKey(string text, string sourceLanguage, string targetLanguage)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceLanguage}|{targetLanguage}|{text}"));
        return Convert.ToHexStringLower(bytes);
    }

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

        var results = new TranslationResult?[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            results[i] = await FromCacheAsync(texts[i], sourceLanguage, targetLanguage, cancellationToken);
        }

        var misses = Enumerable.Range(0, texts.Count).Where(i => results[i] is null).ToList();
        if (misses.Count > 0)
        {
            var missTexts = misses.Select(i => texts[i]).ToList();
            var (translated, byProvider) =
                await TranslateMissesAsync(missTexts, sourceLanguage, targetLanguage, cancellationToken);
            for (var j = 0; j < misses.Count; j++)
            {
                results[misses[j]] = translated[j];
                if (byProvider)
                {
                    await StoreAsync(missTexts[j], translated[j], cancellationToken);
                }
            }
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>The provider's answers while the budget lasts, then the fallback's (never cached).</summary>
    private async Task<(IReadOnlyList<TranslationResult> Results, bool ByProvider)> TranslateMissesAsync(
        List<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        if (_budget.TrySpend(texts.Sum(t => t.Length)))
        {
            var translated = await _provider.TranslateBatchAsync(texts, sourceLanguage, targetLanguage, cancellationToken);
            return (translated, true);
        }

        Log.BudgetSpent(_logger, _budget.Limit, _budget.Today);
        return (await _fallback.TranslateBatchAsync(texts, sourceLanguage, targetLanguage, cancellationToken), false);
    }

    private async Task<TranslationResult?> FromCacheAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        try
        {
            var key = CacheKey(text, sourceLanguage, targetLanguage);
            var entry = await _cache.GetTranslationAsync(key, cancellationToken);
            if (entry is null)
            {
                return null;
            }

            Log.CacheHit(_logger, sourceLanguage, targetLanguage, text.Length);
            var reduced = entry.Provider.EndsWith(ReducedMark, StringComparison.Ordinal);
            var provider = "cache:" + entry.Provider;
            return TranslationResult.Translated(entry.Translation, sourceLanguage, targetLanguage, provider) with
            {
                Outcome = reduced ? TranslationOutcome.ReducedQuality : TranslationOutcome.Translated,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.CacheUnavailable(_logger, exception);
            return null;
        }
    }

    private async Task StoreAsync(string text, TranslationResult result, CancellationToken cancellationToken)
    {
        if (!result.IsTranslated || result.SourceLanguage == result.TargetLanguage)
        {
            return;
        }

        var entry = new TranslationEntry
        {
            Id = CacheKey(text, result.SourceLanguage, result.TargetLanguage),
            SourceLanguage = result.SourceLanguage,
            TargetLanguage = result.TargetLanguage,
            Text = text,
            Translation = result.Text,
            Provider = result.Outcome == TranslationOutcome.ReducedQuality
                ? result.Provider + ReducedMark
                : result.Provider,
            CreatedAt = _time.GetUtcNow(),
        };
        try
        {
            await _cache.PutTranslationAsync(entry, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.CacheUnavailable(_logger, exception);
        }
    }
}
