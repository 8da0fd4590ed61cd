using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Outbox {OutboxId} to {To} accepted as {ProviderSid} ({Status})")]
    public static partial void Sent(
        ILogger logger,
        string outboxId,
        string to,
        string? providerSid,
        OutboxStatus status);

    [LoggerMessage(3002, LogLevel.Error, "Outbox {OutboxId} to {To} failed: {Error}")]
    public static partial void SendFailed(ILogger logger, string outboxId, string to, string? error);

    [LoggerMessage(3003, LogLevel.Error, "Outbox {OutboxId} to {To}: the sender threw")]
    public static partial void SendThrew(ILogger logger, string outboxId, string to, Exception exception);

    [LoggerMessage(3004, LogLevel.Debug, "Outbox {OutboxId} was claimed by someone else first")]
    public static partial void ClaimLost(ILogger logger, string outboxId);

    [LoggerMessage(3005, LogLevel.Warning, "Outbox {OutboxId}: the result could not be recorded after three tries")]
    public static partial void RecordLost(ILogger logger, string outboxId);

    [LoggerMessage(3006, LogLevel.Error, "An outbox pass failed; the next one comes after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
