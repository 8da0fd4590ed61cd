using SoukPlay.Bot.Outbox;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Hosting;

/// <summary>
/// Once at start and then daily, removes inbound message claims older than a week (Twilio
/// redelivers within minutes to hours, so a week-old claim can no longer stop a duplicate) and
/// early status reports older than <see cref="StatusRecorder.EarlyRetention"/> (their SID was
/// never recorded: a message sent from outside this bot).
/// </summary>
public sealed class InboundClaimPruner(
    IInboundLog inboundLog,
    IOutboxStore outbox,
    TimeProvider time,
    ILogger<InboundClaimPruner> logger)
    : BackgroundService
{
    /// <summary>How long a claim is kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    /// <summary>How often claims are pruned.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PruneOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>Prunes both now; a failure is logged and waits for the next day.</summary>
    public async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var removed = await inboundLog.PruneAsync(now - Retention, cancellationToken);
            Log.ClaimsPruned(logger, removed);

            var early = await outbox.PruneEarlyStatusesAsync(now - StatusRecorder.EarlyRetention, cancellationToken);
            Log.EarlyStatusesPruned(logger, early);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.PruneFailed(logger, exception);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
