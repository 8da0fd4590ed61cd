namespace SoukPlay.Bot.Hosting;

internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "The bot listens on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(5002, LogLevel.Information, "open {Url} to talk to the bot")]
    public static partial void OpenDevChat(ILogger logger, string url);

    [LoggerMessage(5003, LogLevel.Information, "Pruned {Count} inbound message claims older than a week")]
    public static partial void ClaimsPruned(ILogger logger, int count);

    [LoggerMessage(5004, LogLevel.Error, "Pruning inbound message claims failed; trying again tomorrow")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(5005, LogLevel.Information, "Pruned {Count} early status reports whose SID was never recorded")]
    public static partial void EarlyStatusesPruned(ILogger logger, int count);
}
