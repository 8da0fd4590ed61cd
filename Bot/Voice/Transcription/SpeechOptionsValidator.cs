using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>Fails the start when the chosen provider lacks what it needs, naming the setting.</summary>
internal sealed class SpeechOptionsValidator : IValidateOptions<SpeechOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechOptions options) => options.Provider switch
    {
        SpeechProvider.Whisper when string.IsNullOrWhiteSpace(options.Whisper.ModelPath) =>
            ValidateOptionsResult.Fail("Speech:Whisper:ModelPath is required when Speech:Provider is whisper."),
        SpeechProvider.Whisper when !File.Exists(options.Whisper.ModelPath) =>
            ValidateOptionsResult.Fail(
                $"Speech:Whisper:ModelPath points to {options.Whisper.ModelPath}, which does not exist. "
                + "Download a ggml model from the whisper.cpp project (see Bot/Voice/README.md)."),
        SpeechProvider.OpenAi when options.OpenAi.BaseUrl is null =>
            ValidateOptionsResult.Fail("Speech:OpenAi:BaseUrl is required when Speech:Provider is openai."),
        SpeechProvider.OpenAi when string.IsNullOrWhiteSpace(options.OpenAi.ApiKey) =>
            ValidateOptionsResult.Fail("Speech:OpenAi:ApiKey is required when Speech:Provider is openai."),
        SpeechProvider.OpenAi when options.OpenAi.MaxAttempts < 1 =>
            ValidateOptionsResult.Fail("Speech:OpenAi:MaxAttempts must be at least 1."),
        _ => ValidateOptionsResult.Success,
    };
}
