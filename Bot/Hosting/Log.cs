namespace SoukPlay.Bot.Hosting;

internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "The bot listens on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(5002, LogLevel.Information, "open {Url} to talk to the bot")]
    public static partial void OpenDevChat(ILogger logger, string url);
}
