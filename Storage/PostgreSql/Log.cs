using Microsoft.Extensions.Logging;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>The PostgreSQL engine's log events. Ids are masked: a person's id is a phone number.</summary>
internal static partial class Log
{
    [LoggerMessage(
        EventId = 3101,
        Level = LogLevel.Information,
        Message = "Using PostgreSQL database {Database} on {Host}:{Port}; {Tables} tables ready")]
    public static partial void Opened(ILogger logger, string? database, string? host, int port, int tables);

    [LoggerMessage(
        EventId = 3102,
        Level = LogLevel.Debug,
        Message = "Commit refused: {Table} {MaskedId} is at version {StoredVersion}, "
            + "the change set carries {Version}")]
    public static partial void CommitConflict(
        ILogger logger,
        string table,
        string maskedId,
        int storedVersion,
        int version);

    [LoggerMessage(
        EventId = 3103,
        Level = LogLevel.Debug,
        Message = "Inbound message {MessageSid} was already claimed")]
    public static partial void AlreadyClaimed(ILogger logger, string messageSid);

    [LoggerMessage(
        EventId = 3104,
        Level = LogLevel.Information,
        Message = "Pruned {Count} inbound message claims received before {OlderThan}")]
    public static partial void PrunedClaims(ILogger logger, int count, DateTimeOffset olderThan);
}
