namespace SoukPlay.Bot.Twilio;

internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Warning, "Twilio request refused: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string reason);

    [LoggerMessage(2002, LogLevel.Information, "Twilio request rejected as malformed: {Reason}")]
    public static partial void RequestMalformed(ILogger logger, string reason);

    [LoggerMessage(
        2003,
        LogLevel.Warning,
        "Twilio signature checks are OFF (Twilio:ValidateSignatures=false): anyone can post to the webhook")]
    public static partial void SignaturesOff(ILogger logger);

    [LoggerMessage(2004, LogLevel.Information, "Message {MessageId} from {From} on {Channel} to {To}")]
    public static partial void MessageReceived(
        ILogger logger,
        string messageId,
        string from,
        Storage.Model.Channel channel,
        string to);

    [LoggerMessage(2005, LogLevel.Warning, "Send to {To} refused ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string to, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(2006, LogLevel.Information, "Twilio is not configured: local mode, sends go to the local outbox")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(2007, LogLevel.Information, "Status callback for {MessageSid}, which no outbox message holds")]
    public static partial void StatusForUnknownMessage(ILogger logger, string messageSid);

    [LoggerMessage(2008, LogLevel.Debug, "Outbox {OutboxId} is now {Status} (reported {Reported})")]
    public static partial void StatusRecorded(
        ILogger logger,
        string outboxId,
        Storage.Model.OutboxStatus status,
        Storage.Model.OutboxStatus reported);

    [LoggerMessage(2009, LogLevel.Debug, "Outbox {OutboxId} stays {Status}: {Reported} came late")]
    public static partial void StatusKept(
        ILogger logger,
        string outboxId,
        Storage.Model.OutboxStatus status,
        Storage.Model.OutboxStatus reported);
}
