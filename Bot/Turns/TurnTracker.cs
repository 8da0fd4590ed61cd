using System.Collections.Concurrent;

namespace SoukPlay.Bot.Turns;

/// <summary>
/// Keeps the turns that run past their webhook's answer, so that the host waits for them when it
/// stops instead of cutting a commit short.
/// </summary>
public sealed class TurnTracker : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public Task<T> Track<T>(Task<T> turn)
    {
        ArgumentNullException.ThrowIfNull(turn);

        _running.TryAdd(turn, 0);
        turn.ContinueWith(
            finished => _running.TryRemove(finished, out _),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return turn;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the running turns, until the host's shutdown timeout cancels the wait.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var running = _running.Keys.ToArray();
        if (running.Length > 0)
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
    }
}
