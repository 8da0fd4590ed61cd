namespace SoukPlay.Bot.Voice;

/// <summary>How turning a voice note into words ended.</summary>
public enum VoiceNoteStatus
{
    Transcribed,
    NotConfigured,

    /// <summary>The media address was not one of Twilio's media hosts.</summary>
    Refused,
    TooLarge,

    /// <summary>The audio format cannot be decoded here (for most formats: no ffmpeg).</summary>
    Unsupported,

    /// <summary>Download, decoding or transcription failed.</summary>
    Failed,
}
