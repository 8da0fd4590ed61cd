using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

internal static partial class Log
{
    [LoggerMessage(
        3001,
        LogLevel.Information,
        "Outbox {OutboxId} to {To} accepted as {ProviderSid} ({Status})")]
    public static partial void Sent(
        ILogger logger,
        string outboxId,
        string to,
        string? providerSid,
        OutboxStatus status);

    [LoggerMessage(3002, LogLevel.Error, "Outbox {OutboxId} to {To} failed (code {ErrorCode}): {Error}")]
    public static partial void SendFailed(ILogger logger, string outboxId, string to, int? errorCode, string? error);

    [LoggerMessage(3003, LogLevel.Error, "Outbox {OutboxId} to {To}: the sender threw")]
    public static partial void SendThrew(ILogger logger, string outboxId, string to, Exception exception);

    [LoggerMessage(3004, LogLevel.Debug, "Outbox {OutboxId} was claimed by someone else first")]
    public static partial void ClaimLost(ILogger logger, string outboxId);

    [LoggerMessage(
        3005,
        LogLevel.Warning,
        "Outbox {OutboxId}: the result could not be recorded after three tries")]
    public static partial void RecordLost(ILogger logger, string outboxId);

    [LoggerMessage(3006, LogLevel.Error, "An outbox pass failed; the next one comes after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        3007,
        LogLevel.Warning,
        "Outbox {OutboxId}: Twilio may have taken it ({Error}); reading its log")]
    public static partial void Ambiguous(ILogger logger, string outboxId, string error);

    [LoggerMessage(
        3008,
        LogLevel.Information,
        "Outbox {OutboxId} found in Twilio's log as {ProviderSid}: not sent again")]
    public static partial void FoundInLog(ILogger logger, string outboxId, string providerSid);

    [LoggerMessage(
        3009,
        LogLevel.Warning,
        "Outbox {OutboxId} is not in Twilio's log: sending again ({Resend})")]
    public static partial void SendingAgain(ILogger logger, string outboxId, int resend);

    [LoggerMessage(
        3010,
        LogLevel.Warning,
        "Outbox {OutboxId}: Twilio's log could not be read; left in Sending")]
    public static partial void LogCheckFailed(ILogger logger, string outboxId, Exception exception);

    [LoggerMessage(3011, LogLevel.Warning, "Outbox {OutboxId} to {To} left unsure: {Error}")]
    public static partial void LeftUnsure(ILogger logger, string outboxId, string to, string error);

    [LoggerMessage(
        3012,
        LogLevel.Information,
        "Outbox {OutboxId} stuck in Sending (attempt {Attempt}): checking Twilio's log")]
    public static partial void Recovering(ILogger logger, string outboxId, int attempt);

    [LoggerMessage(
        3013,
        LogLevel.Information,
        "Outbox {OutboxId} outside the WhatsApp window: sent as the {Kind} template")]
    public static partial void SentAsTemplate(ILogger logger, string outboxId, string kind);

    [LoggerMessage(3014, LogLevel.Information, "Outbox {OutboxId} outside the WhatsApp window: sent by SMS")]
    public static partial void SentBySms(ILogger logger, string outboxId);

    [LoggerMessage(3015, LogLevel.Warning, "{To} unsubscribed (Twilio 21610): marked opted out")]
    public static partial void OptedOutByProvider(ILogger logger, string to);

    [LoggerMessage(3016, LogLevel.Error, "The lane of {Number} failed on outbox {OutboxId}")]
    public static partial void LaneFailed(ILogger logger, string number, string outboxId, Exception exception);

    [LoggerMessage(
        3017,
        LogLevel.Information,
        "Status report for {MessageSid}, which no outbox message holds yet: kept until the SID is recorded")]
    public static partial void StatusKeptForLater(ILogger logger, string messageSid);

    [LoggerMessage(3018, LogLevel.Information, "Outbox {OutboxId}: applying a status reported early for {MessageSid}")]
    public static partial void EarlyStatusApplied(ILogger logger, string outboxId, string messageSid);

    [LoggerMessage(3020, LogLevel.Debug, "Outbox {OutboxId} is now {Status} (reported {Reported})")]
    public static partial void StatusRecorded(
        ILogger logger,
        string outboxId,
        Storage.Model.OutboxStatus status,
        Storage.Model.OutboxStatus reported);

    [LoggerMessage(3021, LogLevel.Debug, "Outbox {OutboxId} stays {Status}: {Reported} came late")]
    public static partial void StatusKept(
        ILogger logger,
        string outboxId,
        Storage.Model.OutboxStatus status,
        Storage.Model.OutboxStatus reported);

    [LoggerMessage(
        3022,
        LogLevel.Information,
        "Outbox {OutboxId} to {To}: SMS outside the US and Canada, {Photos} photos replaced by {Links} page links")]
    public static partial void PhotosLinked(ILogger logger, string outboxId, string to, int photos, int links);
}
