using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Drains the outbox. Each look at the outbox hands the due messages to one lane per sender
/// number; each lane sends its messages one at a time, highest priority first, at its number's
/// pace (<see cref="SenderPacer"/>), so numbers do not wait for each other and a reply overtakes
/// everything its number still holds. Messages left in Sending by a crash are looked for at
/// start and every <see cref="OutboxOptions.RecoveryInterval"/>.
/// </summary>
/// <remarks>
/// A lane holds at most <see cref="OutboxOptions.BatchSize"/> messages of priority above 0;
/// replies always get in. See <c>Bot/Outbox/README.md</c> for the whole design.
/// </remarks>
public sealed class OutboxSender(
    IOutboxStore outbox,
    OutboxDelivery delivery,
    OutboxSignal signal,
    InlineAnswerWindow inlineWindow,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, SenderLane> _lanes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);
    private readonly List<Task> _workers = [];
    private DateTimeOffset _nextRecovery = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RecoverWhenDueAsync(stoppingToken);
                DispatchAll(await ListDueAsync(stoppingToken), stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.PassFailed(logger, exception);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }

        await Task.WhenAll(_workers).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task<IReadOnlyList<OutboxMessage>> ListDueAsync(CancellationToken cancellationToken) =>
        await outbox.ListDueAsync(time.GetUtcNow(), options.Value.DispatchScan, cancellationToken);

    private void DispatchAll(IReadOnlyList<OutboxMessage> due, CancellationToken stoppingToken)
    {
        foreach (var message in due)
        {
            if (inlineWindow.MayAnswer(message))
            {
                continue;
            }

            var lane = _lanes.GetOrAdd(message.FromNumber, number => StartLane(number, stoppingToken));
            if (message.Priority > 0 && lane.Count >= options.Value.BatchSize)
            {
                continue;
            }

            if (_held.TryAdd(message.Id, 0))
            {
                lane.Add(message);
            }
        }
    }

    private SenderLane StartLane(string number, CancellationToken stoppingToken)
    {
        var lane = new SenderLane();
        lock (_workers)
        {
            _workers.Add(Task.Run(() => RunLaneAsync(number, lane, stoppingToken), CancellationToken.None));
        }

        return lane;
    }

    /// <summary>
    /// Takes the lane's messages one by one at the number's pace, and sends each without waiting
    /// for Twilio's answer to the one before, up to <see cref="OutboxOptions.MaxInFlightPerNumber"/>
    /// at once; a message to someone who has one in flight waits for it, to keep their order.
    /// </summary>
    private async Task RunLaneAsync(string number, SenderLane lane, CancellationToken stoppingToken)
    {
        var lastByRecipient = new Dictionary<string, Task>(StringComparer.Ordinal);
        using var slots = new SemaphoreSlim(options.Value.MaxInFlightPerNumber);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var message = await lane.TakeAsync(stoppingToken);
                var ready = await PrepareHeldAsync(number, message.Id, stoppingToken);
                if (ready is null)
                {
                    continue;
                }

                await slots.WaitAsync(stoppingToken);
                lastByRecipient.TryGetValue(ready.ToPersonId, out var previous);
                lastByRecipient[ready.ToPersonId] = SendHeldAsync(number, ready, previous, slots, stoppingToken);
                foreach (var done in lastByRecipient.Where(pair => pair.Value.IsCompleted).ToList())
                {
                    lastByRecipient.Remove(done.Key);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: claimed messages stay in Sending for the stuck-message check.
        }

        await Task.WhenAll(lastByRecipient.Values);
    }

    private async Task<OutboxMessage?> PrepareHeldAsync(string number, string id, CancellationToken stoppingToken)
    {
        OutboxMessage? ready = null;
        try
        {
            ready = await delivery.PrepareAsync(id, stoppingToken);
            return ready;
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.LaneFailed(logger, Twilio.PhoneAddress.Mask(number), id, exception);
            return null;
        }
        finally
        {
            if (ready is null)
            {
                _held.TryRemove(id, out _);
            }
        }
    }

    private async Task SendHeldAsync(
        string number,
        OutboxMessage message,
        Task? previous,
        SemaphoreSlim slots,
        CancellationToken stoppingToken)
    {
        try
        {
            if (previous is not null)
            {
                await previous;
            }

            await delivery.SendPreparedAsync(message, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a claimed message stays in Sending for the stuck-message check.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.LaneFailed(logger, Twilio.PhoneAddress.Mask(number), message.Id, exception);
        }
        finally
        {
            _held.TryRemove(message.Id, out _);
            slots.Release();
        }
    }

    /// <summary>Settles messages left in Sending past their lease (read newest first).</summary>
    private async Task RecoverWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextRecovery)
        {
            return;
        }

        _nextRecovery = now + options.Value.RecoveryInterval;
        var recent = await outbox.ListRecentAsync(options.Value.RecoveryScan, cancellationToken);
        foreach (var stuck in recent.Where(m => m.Status == OutboxStatus.Sending && m.NotBefore <= now))
        {
            if (_held.TryAdd(stuck.Id, 0))
            {
                try
                {
                    await delivery.RecoverAsync(stuck, cancellationToken);
                }
                finally
                {
                    _held.TryRemove(stuck.Id, out _);
                }
            }
        }
    }
}
