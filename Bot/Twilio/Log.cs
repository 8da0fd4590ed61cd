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
}
