namespace SoukPlay.Bot.Translation;

/// <summary>Log events of the translation providers. Texts and keys are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Azure Translator answered {Status} ({Reason}) for {Count} texts {From}->{To}")]
    public static partial void AzureRefused(
        ILogger logger, int status, string reason, int count, string from, string to);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Azure Translator could not be reached for {Count} texts {From}->{To} ({Reason})")]
    public static partial void AzureUnreachable(
        ILogger logger, Exception exception, int count, string from, string to, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug,
        Message = "{Language} has no Azure Translator model; {Count} texts go to the glossary")]
    public static partial void AzureUnsupported(ILogger logger, string language, int count);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "Language model translation {From}->{To} failed ({Reason})")]
    public static partial void LlmFailed(ILogger logger, Exception exception, string from, string to, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information,
        Message = "Translation provider: {Provider}")]
    public static partial void ProviderChosen(ILogger logger, string provider);
}
