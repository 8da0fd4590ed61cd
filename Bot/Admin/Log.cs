namespace SoukPlay.Bot.Admin;

internal static partial class Log
{
    [LoggerMessage(6101, LogLevel.Warning, "Administration is off: set Admin:ApiKey to enable /admin")]
    public static partial void AdminOff(ILogger logger);

    [LoggerMessage(6102, LogLevel.Warning, "Admin request refused: missing or wrong key for {Path}")]
    public static partial void Refused(ILogger logger, string path);

    [LoggerMessage(6103, LogLevel.Information, "Admin {Action} on {Id}: {Result}")]
    public static partial void Acted(ILogger logger, string action, string id, string result);
}
