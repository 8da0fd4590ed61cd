namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>Settings under <c>Speech</c>.</summary>
public sealed class SpeechOptions
{
    public const string SectionName = "Speech";

    public SpeechProvider Provider { get; set; } = SpeechProvider.None;

    public WhisperOptions Whisper { get; set; } = new();

    public OpenAiSpeechOptions OpenAi { get; set; } = new();
}
