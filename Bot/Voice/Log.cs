namespace SoukPlay.Bot.Voice;

internal static partial class Log
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "ffmpeg exited with {ExitCode}: {FirstErrorLine}")]
    public static partial void FfmpegFailed(ILogger logger, int exitCode, string firstErrorLine);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning,
        Message = "ffmpeg took longer than {Timeout}; stopped")]
    public static partial void FfmpegTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning,
        Message = "Speech-to-text {Provider} failed on attempt {Attempt}; retrying in {Delay}")]
    public static partial void TranscriptionRetry(ILogger logger, string provider, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Error,
        Message = "Speech-to-text {Provider} failed: {Reason}")]
    public static partial void TranscriptionFailed(
        ILogger logger, string provider, string reason, Exception? exception);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Information,
        Message = "Loaded the Whisper model from {ModelPath}")]
    public static partial void WhisperModelLoaded(ILogger logger, string modelPath);

    [LoggerMessage(EventId = 4221, Level = LogLevel.Warning,
        Message = "A voice note could not be decoded ({Status}): {Reason}")]
    public static partial void VoiceNoteNotDecoded(
        ILogger logger, Audio.AudioDecodeStatus status, string? reason);

    [LoggerMessage(EventId = 4231, Level = LogLevel.Information,
        Message = "A voice note in a negotiation was read: {Status}, {Duration} long ({Reason})")]
    public static partial void VoiceNoteRead(
        ILogger logger, VoiceNoteStatus status, TimeSpan duration, string? reason);
}
