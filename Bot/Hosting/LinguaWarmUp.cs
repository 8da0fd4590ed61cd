using SoukPlay.Dialogs.Language;

namespace SoukPlay.Bot.Hosting;

/// <summary>
/// Builds the language detector in the background as the host starts (a few seconds of CPU), so
/// that the first person who writes a sentence does not wait for it.
/// </summary>
internal sealed partial class LinguaWarmUp(ILogger<LinguaWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(
            () =>
            {
                var model = LinguaModel.Shared;
                LogBuilt(logger, (long)model.BuildTime.TotalMilliseconds);
            },
            stoppingToken);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Language detector ready in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, long milliseconds);
}
