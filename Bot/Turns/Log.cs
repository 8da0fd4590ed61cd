namespace SoukPlay.Bot.Turns;

internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Message {MessageId} was already claimed; the copy is ignored")]
    public static partial void DuplicateMessage(ILogger logger, string messageId);

    [LoggerMessage(1002, LogLevel.Information, "Turn {MessageId} overran the {Budget} budget; its replies go by REST")]
    public static partial void TurnDeferred(ILogger logger, string messageId, TimeSpan budget);

    [LoggerMessage(1003, LogLevel.Debug, "Turn {MessageId} committed {ReplyCount} replies")]
    public static partial void TurnCompleted(ILogger logger, string messageId, int replyCount);

    [LoggerMessage(1004, LogLevel.Error, "Turn {MessageId} failed; its claim is released")]
    public static partial void TurnFailed(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(1005, LogLevel.Debug, "Reply {OutboxId} was claimed by the sender first; it goes by REST")]
    public static partial void InlineClaimLost(ILogger logger, string outboxId);

    [LoggerMessage(1006, LogLevel.Error, "The claim of failed turn {MessageId} could not be released")]
    public static partial void ReleaseFailed(ILogger logger, string messageId, Exception exception);
}
