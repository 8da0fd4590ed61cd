namespace SoukPlay.Bot.Media;

internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Refused media download from {MaskedUrl}: {Reason}")]
    public static partial void MediaRefused(ILogger logger, string maskedUrl, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Media from {MaskedUrl} is over the cap of {MaxBytes} bytes")]
    public static partial void MediaTooLarge(ILogger logger, string maskedUrl, long maxBytes);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Media download from {MaskedUrl} failed on attempt {Attempt}; retrying")]
    public static partial void MediaRetry(ILogger logger, string maskedUrl, int attempt);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error,
        Message = "Media download from {MaskedUrl} failed: {Reason}")]
    public static partial void MediaFailed(
        ILogger logger, string maskedUrl, string reason, Exception? exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug,
        Message = "Fetched {Length} bytes of {ContentType} from {MaskedUrl}")]
    public static partial void MediaFetched(
        ILogger logger, string maskedUrl, int length, string? contentType);
}
