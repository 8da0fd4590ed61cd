using Microsoft.Extensions.Logging;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>Log events of cooperatives and broadcasts: ids and counts, never texts or full numbers.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information,
        Message = "Broadcast {BroadcastId} ({Kind}) of {CooperativeId}: {Messages} messages "
            + "to {Recipients} members, {Segments} SMS segments")]
    public static partial void BroadcastWritten(
        ILogger logger,
        string broadcastId,
        Storage.Model.BroadcastKind kind,
        string cooperativeId,
        int messages,
        int recipients,
        int segments);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information,
        Message = "Member {Member} invited to {CooperativeId}")]
    public static partial void Invited(ILogger logger, string member, string cooperativeId);
}
