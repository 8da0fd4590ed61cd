using Microsoft.Extensions.Logging;

namespace SoukPlay.Dialogs.Language;

/// <summary>Log events of language understanding and translation. Message texts are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Translation budget of {Budget} characters for {Day} is spent; using the glossary")]
    public static partial void BudgetSpent(ILogger logger, int budget, DateOnly day);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug,
        Message = "Translation {From}->{To} served from the cache ({Characters} characters saved)")]
    public static partial void CacheHit(ILogger logger, string from, string to, int characters);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Translation by {Provider} {From}->{To} failed ({Reason}); delivering the original with a note")]
    public static partial void TranslationFailed(
        ILogger logger, string provider, string from, string to, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error,
        Message = "Translation by {Provider} {From}->{To} threw; delivering the original with a note")]
    public static partial void TranslationThrew(
        ILogger logger, Exception exception, string provider, string from, string to);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "Could not read or write the translation cache; translating without it")]
    public static partial void CacheUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "Lingua language models for {Languages} built in {Milliseconds} ms")]
    public static partial void LinguaBuilt(ILogger logger, string languages, long milliseconds);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "Saved language of {Person} switched from {From} to {To} after two messages")]
    public static partial void LanguageSwitched(ILogger logger, string person, string from, string to);
}
