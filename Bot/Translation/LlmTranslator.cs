using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Bot.Translation;

/// <summary>
/// Translates through a large language model behind Microsoft.Extensions.AI's
/// <see cref="IChatClient"/>, against any OpenAI-compatible endpoint (a local Ollama included),
/// with a prompt written for Darija and Arabizi, which classic translators handle badly. One
/// request per text; the chat client's HttpClient carries the retries and the total timeout.
/// </summary>
/// <remarks>
/// Known shortcomings: a model can still paraphrase or, rarely, answer instead of translating;
/// placeholders it drops are restored at the end of the text by <see cref="TextProtector"/>.
/// </remarks>
public sealed class LlmTranslator : ITranslator
{
    public const string ProviderName = "llm";

    /// <summary>The key under which the translation chat client is registered.</summary>
    public const string ChatClientKey = "translation";

    private readonly IChatClient _chat;
    private readonly LlmTranslatorOptions _options;
    private readonly ILogger<LlmTranslator> _logger;

    public LlmTranslator(
        [FromKeyedServices(ChatClientKey)] IChatClient chat,
        IOptions<LlmTranslatorOptions> options,
        ILogger<LlmTranslator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _chat = chat ?? throw new ArgumentNullException(nameof(chat));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public string Name => ProviderName;

    public async Task<TranslationResult> TranslateAsync(
        string text,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);

        if (sourceLanguage == targetLanguage)
        {
            return TranslationResult.Translated(text, sourceLanguage, targetLanguage, Name);
        }

        try
        {
            var response = await _chat.GetResponseAsync(Messages(text, sourceLanguage, targetLanguage),
                new ChatOptions { ModelId = _options.Model, Temperature = 0.2f }, cancellationToken);
            var translated = response.Text.Trim();
            return translated.Length == 0
                ? TranslationResult.Failed(text, sourceLanguage, targetLanguage, Name, "bad-response")
                : TranslationResult.Translated(translated, sourceLanguage, targetLanguage, Name);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ReasonFor(exception);
            Log.LlmFailed(_logger, exception, sourceLanguage, targetLanguage, reason);
            return TranslationResult.Failed(text, sourceLanguage, targetLanguage, Name, reason);
        }
    }

    public async Task<IReadOnlyList<TranslationResult>> TranslateBatchAsync(
        IReadOnlyList<string> texts,
        string sourceLanguage,
        string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        var results = new List<TranslationResult>(texts.Count);
        foreach (var text in texts)
        {
            results.Add(await TranslateAsync(text, sourceLanguage, targetLanguage, cancellationToken));
        }

        return results;
    }

    private static List<ChatMessage> Messages(string text, string sourceLanguage, string targetLanguage) =>
    [
        new(ChatRole.System, LlmPrompt.System),
        new(ChatRole.User, LlmPrompt.ForText(text, sourceLanguage, targetLanguage)),
    ];

    private static string ReasonFor(Exception exception) => exception switch
    {
        ClientResultException { Status: 401 or 403 } => "unauthorized",
        ClientResultException { Status: 429 } => "over-quota",
        TimeoutRejectedException or OperationCanceledException => "timeout",
        { InnerException: TimeoutRejectedException } => "timeout",
        _ => "unavailable",
    };
}
