namespace SoukPlay.Bot.Voice.Transcription;

public enum TranscriptionStatus
{
    Ok,

    /// <summary>No speech-to-text provider is configured (<c>Speech:Provider</c> is none).</summary>
    NotConfigured,

    /// <summary>The provider failed or refused, after the allowed retries.</summary>
    Failed,
}
