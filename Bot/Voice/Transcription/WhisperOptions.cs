namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>Settings under <c>Speech:Whisper</c>.</summary>
public sealed class WhisperOptions
{
    /// <summary>Path of a ggml model file from the whisper.cpp project (none is shipped).</summary>
    public string? ModelPath { get; set; }
}
