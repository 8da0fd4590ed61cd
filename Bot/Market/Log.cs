namespace SoukPlay.Bot.Market;

/// <summary>
/// The marketplace background work's log events (ids 4401-4499): counts only, no phones or bodies.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4401, Level = LogLevel.Information,
        Message = "Expired {Count} negotiation(s) and told both sides")]
    public static partial void Expired(ILogger logger, int count);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning,
        Message = "Expiring {Count} negotiation(s) met a concurrent change; the next pass tries again")]
    public static partial void ExpiryConflict(ILogger logger, int count);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Error,
        Message = "The negotiation expiry pass failed; the next pass tries again")]
    public static partial void ExpiryFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4404, Level = LogLevel.Information,
        Message = "Told both sides of {Count} deal chat(s) that their time is up")]
    public static partial void DealChatsEnded(ILogger logger, int count);

    [LoggerMessage(EventId = 4405, Level = LogLevel.Warning,
        Message = "Ending the chat of deal {DealId} met a concurrent change; the next pass tries again")]
    public static partial void DealChatEndConflict(ILogger logger, string dealId);
}
