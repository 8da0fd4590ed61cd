using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Numbers;

internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Sender number {Number} belongs to {OwnerKind} {OwnerId}")]
    public static partial void NumberSeeded(ILogger logger, string number, SenderOwnerKind ownerKind, string ownerId);
}
