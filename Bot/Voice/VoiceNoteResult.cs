namespace SoukPlay.Bot.Voice;

/// <summary>A voice note's transcript and language, or why there is none.</summary>
public sealed record VoiceNoteResult
{
    public required VoiceNoteStatus Status { get; init; }

    public string Transcript { get; init; } = string.Empty;

    public string? Language { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Why there is no transcript, in words for logs (no secrets, no user words).</summary>
    public string? Reason { get; init; }

    public bool IsTranscribed => Status == VoiceNoteStatus.Transcribed;

    public static VoiceNoteResult Because(VoiceNoteStatus status, string? reason) =>
        new() { Status = status, Reason = reason };
}
