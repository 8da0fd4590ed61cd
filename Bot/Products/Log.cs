namespace SoukPlay.Bot.Products;

internal static partial class Log
{
    [LoggerMessage(EventId = 4601, Level = LogLevel.Information,
        Message = "Copied the photo of product {ProductId}: {Length} bytes of {ContentType}")]
    public static partial void PhotoCopied(ILogger logger, string productId, int length, string contentType);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning,
        Message = "The photo of product {ProductId} was not copied ({Status}: {Reason}); next try after {RetryAt}")]
    public static partial void PhotoNotCopied(
        ILogger logger, string productId, string status, string reason, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Error,
        Message = "Copying the photo of product {ProductId} failed")]
    public static partial void PhotoCopyThrew(ILogger logger, string productId, Exception exception);
}
