using Microsoft.Extensions.Logging;

namespace SoukPlay.Storage.LiteDb;

/// <summary>The LiteDB engine's log events. Ids are masked: a person's id is a phone number.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Opened LiteDB file {FilePath}")]
    public static partial void Opened(ILogger logger, string filePath);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Closed LiteDB file {FilePath}")]
    public static partial void Closed(ILogger logger, string filePath);

    [LoggerMessage(
        EventId = 3003,
        Level = LogLevel.Debug,
        Message = "Commit refused: {Collection} {MaskedId} is at version {StoredVersion}, "
            + "the change set carries {Version}")]
    public static partial void CommitConflict(
        ILogger logger,
        string collection,
        string maskedId,
        int storedVersion,
        int version);

    [LoggerMessage(
        EventId = 3004,
        Level = LogLevel.Debug,
        Message = "Inbound message {MessageSid} was already claimed")]
    public static partial void AlreadyClaimed(ILogger logger, string messageSid);

    [LoggerMessage(
        EventId = 3005,
        Level = LogLevel.Information,
        Message = "Pruned {Count} inbound message claims received before {OlderThan}")]
    public static partial void PrunedClaims(ILogger logger, int count, DateTimeOffset olderThan);
}
