namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>Settings under <c>Speech:OpenAi</c>, for any OpenAI-compatible transcription server.</summary>
public sealed class OpenAiSpeechOptions
{
    /// <summary>The server's base address; <c>/v1/audio/transcriptions</c> is appended. No default.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Bearer key; keep it in user secrets or the environment, never in a committed file.</summary>
    public string? ApiKey { get; set; }

    public string Model { get; set; } = "whisper-1";

    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait a <c>Retry-After</c> header may ask for; a longer ask fails at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
}
