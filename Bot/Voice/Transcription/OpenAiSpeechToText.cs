using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SoukPlay.Bot.Voice.Audio;

namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>
/// Transcribes through an OpenAI-compatible <c>/v1/audio/transcriptions</c> endpoint: the audio
/// is sent as a WAV file in a multipart form with the model and the language hint.
/// </summary>
/// <remarks>
/// 429 and 5xx answers and timeouts are retried (a bounded number of times), honouring a
/// <c>Retry-After</c> up to <see cref="OpenAiSpeechOptions.MaxRetryAfter"/>; a 4xx such as 401
/// fails at once.
/// </remarks>
public sealed class OpenAiSpeechToText : ISpeechToText
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly OpenAiSpeechOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OpenAiSpeechToText> _logger;

    public OpenAiSpeechToText(
        HttpClient http,
        IOptions<SpeechOptions> options,
        TimeProvider timeProvider,
        ILogger<OpenAiSpeechToText> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        _http = http;
        _options = options.Value.OpenAi;
        _timeProvider = timeProvider;
        _logger = logger;
        _pipeline = BuildPipeline(timeProvider);
    }

    public async Task<TranscriptionResult> TranscribeAsync(
        ReadOnlyMemory<short> pcm16k,
        string? languageHint,
        CancellationToken cancellationToken)
    {
        if (_options.BaseUrl is null)
        {
            return TranscriptionResult.NotConfigured;
        }

        var wav = WavEncoder.Encode(pcm16k.Span, DecodedAudio.SampleRate);
        var language = SpeechLanguage.ToWhisperCode(languageHint);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async ct => await SendAsync(wav, language, ct), cancellationToken);
            return await ReadResultAsync(response, language, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            Log.TranscriptionFailed(_logger, "openai", exception.GetType().Name, exception);
            return TranscriptionResult.Failed(
                $"the transcription server could not be reached ({exception.GetType().Name})");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] wav, string? language, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(wav);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(file, "file", "voice-note.wav");
        form.Add(new StringContent(_options.Model), "model");
        form.Add(new StringContent("json"), "response_format");
        if (language is not null)
        {
            form.Add(new StringContent(language), "language");
        }

        var endpoint = new Uri(_options.BaseUrl!, "v1/audio/transcriptions");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = form,
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        return await _http.SendAsync(request, cancellationToken);
    }

    private async Task<TranscriptionResult> ReadResultAsync(
        HttpResponseMessage response,
        string? language,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            Log.TranscriptionFailed(_logger, "openai", $"status {status}", null);
            return TranscriptionResult.Failed($"the transcription server answered {status}");
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<OpenAiTranscriptionResponse>(
                JsonOptions, cancellationToken);
            return body?.Text is null
                ? TranscriptionResult.Failed("the transcription server sent no text")
                : TranscriptionResult.Ok(body.Text.Trim(), body.Language ?? language);
        }
        catch (JsonException exception)
        {
            Log.TranscriptionFailed(_logger, "openai", "malformed JSON", exception);
            return TranscriptionResult.Failed("the transcription server sent malformed JSON");
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxAttempts - 1,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsRetryable),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    Log.TranscriptionRetry(_logger, "openai", args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.AddTimeout(_options.Timeout).Build();
    }

    private bool IsRetryable(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (>= 500 or 429 or 408))
        {
            return false;
        }

        var retryAfter = RetryAfter(response);
        return retryAfter is null || retryAfter <= _options.MaxRetryAfter;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - _timeProvider.GetUtcNow() : null;
    }
}
