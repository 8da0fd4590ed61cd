namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>What speech-to-text heard, and in which language if it said; or why nothing.</summary>
public sealed record TranscriptionResult
{
    public required TranscriptionStatus Status { get; init; }

    public string Text { get; init; } = string.Empty;

    /// <summary>The language the provider detected or was told, if known.</summary>
    public string? Language { get; init; }

    public string? Reason { get; init; }

    public bool IsOk => Status == TranscriptionStatus.Ok;

    public static TranscriptionResult Ok(string text, string? language) =>
        new() { Status = TranscriptionStatus.Ok, Text = text, Language = language };

    public static TranscriptionResult NotConfigured { get; } =
        new() { Status = TranscriptionStatus.NotConfigured, Reason = "no speech-to-text provider is configured" };

    public static TranscriptionResult Failed(string reason) =>
        new() { Status = TranscriptionStatus.Failed, Reason = reason };
}
