using Microsoft.Extensions.Options;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Drains the outbox: claims each due message (Pending to Sending, version-checked, so the webhook's
/// inline answer and other hosts never send it twice), hands it to the <see cref="IMessageSender"/>,
/// and records the provider's SID, status or error.
/// </summary>
/// <remarks>
/// A message left in Sending by a crash between the claim and the record is not picked up again;
/// finding those and asking Twilio what became of them belongs to delivery tracking (issue 5).
/// There is no per-number pacing yet: messages go out as fast as the provider takes them.
/// </remarks>
public sealed class OutboxSender(
    IOutboxStore outbox,
    IMessageSender sender,
    OutboxSignal signal,
    InlineAnswerWindow inlineWindow,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.PassFailed(logger, exception);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Sends every message due now; returns how many were handed to the provider.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.ListDueAsync(time.GetUtcNow(), options.Value.BatchSize, cancellationToken);
        var sent = 0;
        foreach (var message in due.Where(m => !(m.IsReply && inlineWindow.IsOpen(m.CausedBy))))
        {
            var claimed = await ClaimAsync(message, cancellationToken);
            if (claimed is null)
            {
                continue;
            }

            var result = await SendOneAsync(claimed, cancellationToken);
            await RecordAsync(claimed.Id, result, cancellationToken);
            sent++;
        }

        return sent;
    }

    private async Task<OutboxMessage?> ClaimAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Status = OutboxStatus.Sending;
        message.Attempts++;
        if (!await outbox.TryUpdateAsync(message, cancellationToken))
        {
            Log.ClaimLost(logger, message.Id);
            return null;
        }

        return await outbox.GetAsync(message.Id, cancellationToken);
    }

    private async Task<SendResult> SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.SendThrew(logger, message.Id, PhoneAddress.Mask(message.ToPersonId), exception);
            return SendResult.Failure(exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>
    /// Writes the result. A status callback may have moved the message on meanwhile; then the
    /// stored status is kept when it is further along, and only the SID and error are added.
    /// </summary>
    private async Task RecordAsync(string id, SendResult result, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await outbox.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return;
            }

            current.ProviderSid ??= result.ProviderSid;
            current.LastError = result.Error;
            if (result.Status > current.Status)
            {
                current.Status = result.Status;
            }

            if (await outbox.TryUpdateAsync(current, cancellationToken))
            {
                LogResult(current, result);
                return;
            }
        }

        Log.RecordLost(logger, id);
    }

    private void LogResult(OutboxMessage message, SendResult result)
    {
        var to = PhoneAddress.Mask(message.ToPersonId);
        if (result.Accepted)
        {
            Log.Sent(logger, message.Id, to, result.ProviderSid, result.Status);
        }
        else
        {
            Log.SendFailed(logger, message.Id, to, PhoneAddress.MaskNumbersIn(result.Error));
        }
    }
}
