using Microsoft.Extensions.Logging;

namespace SoukPlay.Dialogs.Turns;

/// <summary>The turn processor's log events (ids 2100-2199). Phones are masked; bodies never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug,
        Message = "Turn {MessageId} from {Phone} committed {Count} outgoing message(s)")]
    public static partial void TurnCommitted(ILogger logger, string messageId, string phone, int count);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "Turn {MessageId} from {Phone} met a concurrent change on attempt {Attempt}; running it again")]
    public static partial void TurnConflict(ILogger logger, string messageId, string phone, int attempt);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error,
        Message = "Turn {MessageId} from {Phone} still met concurrent changes after {Attempts} attempts")]
    public static partial void TurnGaveUp(ILogger logger, string messageId, string phone, int attempts);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "New person {Phone} on {Channel}")]
    public static partial void NewPerson(ILogger logger, string phone, SoukPlay.Storage.Model.Channel channel);
}
