using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Voice.Transcription;

namespace SoukPlay.Bot.Tests.Voice.Transcription;

/// <summary>
/// Only the paths without a model: no ggml model is shipped or served as a package, and tests
/// download nothing. Transcribing real speech with Whisper is not tested here.
/// </summary>
public sealed class WhisperSpeechToTextTests
{
    [Fact]
    public async Task TranscribeAsync_ModelFileMissing_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.bin");
        using var whisper = Create(path);

        var result = await whisper.TranscribeAsync(new short[16000], "fr", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
        result.Reason.Should().Contain(path).And.Contain("does not exist");
    }

    [Fact]
    public void Validate_WhisperWithMissingModel_FailsNamingTheSetting()
    {
        var options = new SpeechOptions
        {
            Provider = SpeechProvider.Whisper,
            Whisper = new WhisperOptions { ModelPath = "/nonexistent/ggml-base.bin" },
        };

        var result = new SpeechOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("Speech:Whisper:ModelPath");
    }

    [Fact]
    public void Validate_WhisperWithoutModelPath_Fails()
    {
        var options = new SpeechOptions { Provider = SpeechProvider.Whisper };

        new SpeechOptionsValidator().Validate(null, options).Failed.Should().BeTrue();
    }

    [Fact]
    public void Validate_NoneProvider_Succeeds()
    {
        new SpeechOptionsValidator().Validate(null, new SpeechOptions()).Succeeded.Should().BeTrue();
    }

    private static WhisperSpeechToText Create(string modelPath) => new(
        Options.Create(new SpeechOptions
        {
            Provider = SpeechProvider.Whisper,
            Whisper = new WhisperOptions { ModelPath = modelPath },
        }),
        NullLogger<WhisperSpeechToText>.Instance);
}
