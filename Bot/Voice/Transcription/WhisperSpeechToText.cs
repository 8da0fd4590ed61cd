using System.Text;
using Microsoft.Extensions.Options;
using Whisper.net;

namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>
/// Transcribes on this machine with Whisper.net and a ggml model file from the whisper.cpp
/// project (<c>Speech:Whisper:ModelPath</c>; none is shipped). The model is loaded on first use
/// and kept; each voice note gets its own processor.
/// </summary>
/// <remarks>
/// Runs on the CPU and takes seconds per voice note even with a small model; transcriptions are
/// not queued, so a burst of voice notes shares the two cores. A missing or unreadable model file
/// gives a typed failure here, and fails the start through <see cref="SpeechOptionsValidator"/>.
/// </remarks>
public sealed class WhisperSpeechToText : ISpeechToText, IDisposable
{
    private readonly WhisperOptions _options;
    private readonly ILogger<WhisperSpeechToText> _logger;
    private readonly Lock _gate = new();
    private WhisperFactory? _factory;

    public WhisperSpeechToText(IOptions<SpeechOptions> options, ILogger<WhisperSpeechToText> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _options = options.Value.Whisper;
        _logger = logger;
    }

    public async Task<TranscriptionResult> TranscribeAsync(
        ReadOnlyMemory<short> pcm16k,
        string? languageHint,
        CancellationToken cancellationToken)
    {
        var factory = GetFactory(out var failure);
        if (factory is null)
        {
            Log.TranscriptionFailed(_logger, "whisper", failure!, null);
            return TranscriptionResult.Failed(failure!);
        }

        var language = SpeechLanguage.ToWhisperCode(languageHint);
        var builder = factory.CreateBuilder();
        builder = language is null ? builder.WithLanguageDetection() : builder.WithLanguage(language);
        await using var processor = builder.Build();
        return await RunAsync(processor, ToFloats(pcm16k.Span), language, cancellationToken);
    }

    public void Dispose() => _factory?.Dispose();

    private static async Task<TranscriptionResult> RunAsync(
        WhisperProcessor processor,
        float[] samples,
        string? language,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var detected = language;
        await foreach (var segment in processor.ProcessAsync(samples, cancellationToken))
        {
            text.Append(segment.Text);
            detected ??= segment.Language;
        }

        return TranscriptionResult.Ok(text.ToString().Trim(), detected);
    }

    private WhisperFactory? GetFactory(out string? failure)
    {
        lock (_gate)
        {
            failure = null;
            if (_factory is not null)
            {
                return _factory;
            }

            if (string.IsNullOrWhiteSpace(_options.ModelPath) || !File.Exists(_options.ModelPath))
            {
                failure = $"the Whisper model file {_options.ModelPath} does not exist";
                return null;
            }

            _factory = LoadFactory(_options.ModelPath, out failure);
            return _factory;
        }
    }

    private WhisperFactory? LoadFactory(string modelPath, out string? failure)
    {
        try
        {
            var factory = WhisperFactory.FromPath(modelPath);
            Log.WhisperModelLoaded(_logger, modelPath);
            failure = null;
            return factory;
        }
        catch (Exception exception) when (exception is IOException or WhisperModelLoadException)
        {
            failure = $"the Whisper model file {modelPath} could not be loaded";
            return null;
        }
    }

    private static float[] ToFloats(ReadOnlySpan<short> pcm)
    {
        var samples = new float[pcm.Length];
        for (var i = 0; i < pcm.Length; i++)
        {
            samples[i] = pcm[i] / 32768f;
        }

        return samples;
    }
}
