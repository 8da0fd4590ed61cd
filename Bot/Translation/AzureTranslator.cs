using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Bot.Translation;

/// <summary>
/// A small typed client for Azure AI Translator, REST API v3.0 (the Azure SDK package is not
/// served here): POST {endpoint}/translate?api-version=3.0&amp;from=..&amp;to=.. with the key and
/// region headers and a JSON array of {"Text": ...}, split into requests of at most 1 000 texts
/// and 50 000 characters; POST /detect for detection. Retries (429 honouring Retry-After, 5xx)
/// and the total timeout live in the HttpClient's resilience handler, registered by
/// <see cref="TranslationServiceCollectionExtensions.AddTranslation"/>.
/// </summary>
/// <remarks>
/// Darija: Azure has no model for it. Arabic-script Darija is sent as "ar" and the result is
/// marked <see cref="TranslationOutcome.ReducedQuality"/>; Arabizi is never sent and goes to the
/// glossary instead (see <see cref="AzureLanguages"/>).
/// </remarks>
public sealed class AzureTranslator : ITranslator
{
    public const string ProviderName = "azure";
    public const int MaxTextsPerRequest = 1000;
    public const int MaxCharactersPerRequest = 50_000;

    private const string ApiVersion = "3.0";

    private readonly HttpClient _http;
    private readonly AzureTranslatorOptions _options;
    private readonly GlossaryTranslator _glossary;
    private readonly ILogger<AzureTranslator> _logger;

    public AzureTranslator(
        HttpClient http,
        IOptions<AzureTranslatorOptions> options,
        GlossaryTranslator glossary,
        ILogger<AzureTranslator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options.Value;
        _glossary = glossary ?? throw new ArgumentNullException(nameof(glossary));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public string Name => ProviderName;

    public async Task<TranslationResult> TranslateAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken) =>
        (await TranslateBatchAsync([text], sourceLanguage, targetLanguage, cancellationToken))[0];

    public async Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);

        if (sourceLanguage == targetLanguage)
        {
            return [.. texts.Select(t => TranslationResult.Translated(t, sourceLanguage, targetLanguage, Name))];
        }

        var (from, to) = (AzureLanguages.ToAzure(sourceLanguage), AzureLanguages.ToAzure(targetLanguage));
        if (from is null || to is null)
        {
            Log.AzureUnsupported(_logger, from is null ? sourceLanguage : targetLanguage, texts.Count);
            return await _glossary.TranslateBatchAsync(texts, sourceLanguage, targetLanguage, cancellationToken);
        }

        var results = new List<TranslationResult>(texts.Count);
        foreach (var chunk in Chunks(texts))
        {
            var request = new AzureRequest(chunk, sourceLanguage, targetLanguage, from, to);
            results.AddRange(await TranslateChunkAsync(request, cancellationToken));
        }

        return results;
    }

    /// <summary>Azure's guess of each text's language, or null when Azure could not be asked.</summary>
    public async Task<IReadOnlyList<AzureDetection>?> DetectAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        using var request = NewRequest($"detect?api-version={ApiVersion}", texts);
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Log.AzureRefused(_logger, (int)response.StatusCode, "detect", texts.Count, "?", "?");
                return null;
            }

            var items = await response.Content.ReadFromJsonAsync<List<AzureWire.DetectItem>>(cancellationToken);
            return items?.Select(i => new AzureDetection(i.Language, i.Score)).ToList();
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            Log.AzureUnreachable(_logger, exception, texts.Count, "?", "?", ReasonFor(exception));
            return null;
        }
    }

    private async Task<IReadOnlyList<TranslationResult>> TranslateChunkAsync(
        AzureRequest request,
        CancellationToken cancellationToken)
    {
        using var message = NewRequest(
            $"translate?api-version={ApiVersion}&from={request.AzureFrom}&to={request.AzureTo}", request.Texts);
        try
        {
            using var response = await _http.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var reason = await ReasonForAsync(response, cancellationToken);
                Log.AzureRefused(
                    _logger, (int)response.StatusCode, reason, request.Texts.Count, request.From, request.To);
                return request.Failed(reason);
            }

            var items = await response.Content.ReadFromJsonAsync<List<AzureWire.TranslateItem>>(cancellationToken);
            return request.Translated(items);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            var reason = ReasonFor(exception);
            Log.AzureUnreachable(_logger, exception, request.Texts.Count, request.From, request.To, reason);
            return request.Failed(reason);
        }
    }

    private HttpRequestMessage NewRequest(string pathAndQuery, IReadOnlyList<string> texts)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery)
        {
            Content = JsonContent.Create(texts.Select(t => new AzureWire.TextItem(t)).ToList()),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        if (!string.IsNullOrWhiteSpace(_options.Region))
        {
            request.Headers.Add("Ocp-Apim-Subscription-Region", _options.Region);
        }

        return request;
    }

    private static IEnumerable<IReadOnlyList<string>> Chunks(IReadOnlyList<string> texts)
    {
        var chunk = new List<string>();
        var characters = 0;
        foreach (var text in texts)
        {
            var full = chunk.Count == MaxTextsPerRequest || characters + text.Length > MaxCharactersPerRequest;
            if (chunk.Count > 0 && full)
            {
                yield return chunk;
                (chunk, characters) = ([], 0);
            }

            chunk.Add(text);
            characters += text.Length;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static async Task<string> ReasonForAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = await ErrorCodeAsync(response, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "unauthorized",
            HttpStatusCode.Forbidden => code == 403001 ? "over-quota" : "forbidden",
            HttpStatusCode.TooManyRequests => "over-quota",
            HttpStatusCode.RequestTimeout => "timeout",
            HttpStatusCode.BadRequest => "bad-request",
            _ => "unavailable",
        };
    }

    /// <summary>Azure's own error code ({"error":{"code":401000,...}}), or 0 when the body has none.</summary>
    private static async Task<int> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<AzureWire.ErrorBody>(cancellationToken);
            return body?.Error?.Code ?? 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or TimeoutRejectedException or JsonException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string ReasonFor(Exception exception) => exception switch
    {
        TimeoutRejectedException or OperationCanceledException => "timeout",
        JsonException => "bad-response",
        _ => "unavailable",
    };
}
