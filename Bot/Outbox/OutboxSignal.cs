namespace SoukPlay.Bot.Outbox;

/// <summary>Wakes the outbox sender early, after a turn wrote messages.</summary>
public sealed class OutboxSignal(TimeProvider time)
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Returns when notified (a notice given while nobody waited counts) or after the timeout.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(wake.Task, Task.Delay(timeout, time, delayCancellation.Token));
        await delayCancellation.CancelAsync();

        if (wake.Task.IsCompleted)
        {
            Interlocked.CompareExchange(
                ref _wake,
                new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
                wake);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
