using Microsoft.Extensions.Options;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Takes one outbox message through to the provider: skips it when its recipient opted out (unless
/// it answers them), waits for its number's pace, claims it (Pending to Sending, version-checked),
/// sends it, checks the provider's log after an ambiguous failure before sending again, acts on
/// permanent errors (21610 opts the person out, 63016 falls back to a template or SMS) and records
/// the outcome.
/// </summary>
public sealed partial class OutboxDelivery(
    IOutboxStore outbox,
    IMarketStore market,
    IMessageSender sender,
    SenderPacer pacer,
    OptOutRecorder optOuts,
    StatusRecorder statuses,
    SmsPhotoLinks photoLinks,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Recorded on a message skipped because its recipient opted out.</summary>
    public const string OptedOutError = "opted out";

    /// <summary>How far before a message's creation its provider log is read (clocks differ).</summary>
    private static readonly TimeSpan LogMargin = TimeSpan.FromMinutes(1);

    /// <summary>Delivers the pending message <paramref name="id"/>; false when it was not sent.</summary>
    public async Task<bool> DeliverAsync(string id, CancellationToken cancellationToken)
    {
        var ready = await PrepareAsync(id, cancellationToken);
        return ready is not null && await SendPreparedAsync(ready, cancellationToken);
    }

    /// <summary>
    /// Reads the message afresh, swaps photos for page links where MMS cannot go
    /// (<see cref="SmsPhotoLinks"/>; stored with the claim) and waits for its number's pace; null
    /// when it is no longer pending, or when its recipient opted out and it does not answer them
    /// (then it is failed as <see cref="OptedOutError"/>, without costing a send).
    /// </summary>
    public async Task<OutboxMessage?> PrepareAsync(string id, CancellationToken cancellationToken)
    {
        var message = await outbox.GetAsync(id, cancellationToken);
        if (message is not { Status: OutboxStatus.Pending })
        {
            return null;
        }

        if (!message.IsReply && await optOuts.IsOptedOutAsync(message.ToPersonId, cancellationToken))
        {
            await RecordAsync(message.Id, SendResult.Failure(OptedOutError), null, cancellationToken);
            return null;
        }

        await photoLinks.AdaptAsync(message, cancellationToken);
        await pacer.WaitTurnAsync(message, cancellationToken);
        return message;
    }

    /// <summary>Claims a prepared message, sends it and records the outcome; false when the claim was lost.</summary>
    public async Task<bool> SendPreparedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var claimed = await ClaimAsync(message, cancellationToken);
        if (claimed is null)
        {
            return false;
        }

        await SendAndRecordAsync(claimed, cancellationToken);
        return true;
    }

    /// <summary>
    /// Takes over a message left in Sending past its lease (a crash between the send and the
    /// record): the provider's log is read first, and the message is sent again only when the log
    /// does not have it.
    /// </summary>
    public async Task<bool> RecoverAsync(OutboxMessage stuck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stuck);

        var claimed = await ClaimAsync(stuck, cancellationToken);
        if (claimed is null)
        {
            return false;
        }

        Log.Recovering(logger, claimed.Id, claimed.Attempts);
        var (checkedLog, found) = await FindInLogAsync(claimed, cancellationToken);
        if (found is not null || !checkedLog)
        {
            var unsure = SendResult.Unsure("Twilio's message log could not be read");
            await RecordAsync(claimed.Id, found ?? unsure, null, cancellationToken);
            return found is not null;
        }

        await pacer.WaitTurnAsync(claimed, cancellationToken);
        await SendAndRecordAsync(claimed, cancellationToken);
        return true;
    }

    private async Task SendAndRecordAsync(OutboxMessage claimed, CancellationToken cancellationToken)
    {
        var result = await SendCheckedAsync(claimed, cancellationToken);
        Channel? sentOn = null;
        if (result.ErrorCode == TwilioErrorCodes.Unsubscribed)
        {
            await optOuts.OptOutAsync(claimed.ToPersonId, cancellationToken);
        }
        else if (result.ErrorCode == TwilioErrorCodes.OutsideWhatsAppWindow && claimed.Channel == Channel.WhatsApp)
        {
            (result, sentOn) = await FallBackAsync(claimed, result, cancellationToken);
        }

        await RecordAsync(claimed.Id, result, sentOn, cancellationToken);
    }

    /// <summary>Claims for this sender: Sending, one more attempt, leased until the lease ends.</summary>
    private async Task<OutboxMessage?> ClaimAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Status = OutboxStatus.Sending;
        message.Attempts++;
        message.NotBefore = time.GetUtcNow() + options.Value.SendingLease;
        if (!await outbox.TryUpdateAsync(message, cancellationToken))
        {
            Log.ClaimLost(logger, message.Id);
            return null;
        }

        return await outbox.GetAsync(message.Id, cancellationToken);
    }

    /// <summary>
    /// Sends; after an ambiguous failure reads the provider's log, and sends again only when the
    /// log does not have the message, up to <see cref="OutboxOptions.MaxRetries"/> times.
    /// </summary>
    private async Task<SendResult> SendCheckedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        for (var resends = 0; ; resends++)
        {
            var result = await SendOnceAsync(message, cancellationToken);
            if (result.Outcome != SendOutcome.Ambiguous)
            {
                return result;
            }

            Log.Ambiguous(logger, message.Id, PhoneAddress.MaskNumbersIn(result.Error));
            await Task.Delay(options.Value.LogCheckDelay, time, cancellationToken);
            var (checkedLog, found) = await FindInLogAsync(message, cancellationToken);
            if (found is not null || !checkedLog)
            {
                return found ?? result;
            }

            if (resends >= options.Value.MaxRetries)
            {
                return SendResult.Failure(
                    $"{result.Error} (not in Twilio's message log after {resends + 1} sends)");
            }

            Log.SendingAgain(logger, message.Id, resends + 1);
        }
    }

    private async Task<SendResult> SendOnceAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.SendThrew(logger, message.Id, PhoneAddress.Mask(message.ToPersonId), exception);
            return SendResult.Unsure(exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>
    /// Looks for <paramref name="message"/> in the provider's log: an entry with the same body
    /// whose id no other outbox message holds. CheckedLog is false when the log could not be read.
    /// </summary>
    private async Task<(bool CheckedLog, SendResult? Found)> FindInLogAsync(
        OutboxMessage message,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<ProviderMessage> log;
        try
        {
            log = await sender.ListSentAsync(message, message.CreatedAt - LogMargin, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.LogCheckFailed(logger, message.Id, exception);
            return (false, null);
        }

        foreach (var entry in log.Where(entry => string.Equals(entry.Body, message.Body, StringComparison.Ordinal)))
        {
            var owner = await outbox.FindByProviderSidAsync(entry.Sid, cancellationToken);
            if (owner is null || owner.Id == message.Id)
            {
                Log.FoundInLog(logger, message.Id, entry.Sid);
                return (true, SendResult.Success(entry.Sid, entry.Status));
            }
        }

        return (true, null);
    }

    /// <summary>
    /// 63016: outside WhatsApp's 24-hour window. Sends the template configured for the message's
    /// kind, else an SMS to the same number where the person allowed it, else fails.
    /// </summary>
    private async Task<(SendResult Result, Channel? SentOn)> FallBackAsync(
        OutboxMessage message,
        SendResult refused,
        CancellationToken cancellationToken)
    {
        var template = await sender.SendTemplateAsync(message, cancellationToken);
        if (template is not null)
        {
            Log.SentAsTemplate(logger, message.Id, message.Kind);
            return (template, null);
        }

        var person = await market.GetPersonAsync(message.ToPersonId, cancellationToken);
        if (person is not { AllowSmsFallback: true })
        {
            var reason = $"{refused.Error} (no template for kind '{message.Kind}', no SMS fallback allowed)";
            return (SendResult.Failure(reason, refused.ErrorCode), null);
        }

        var sms = CopyOnSms(message);
        await pacer.WaitTurnAsync(sms, cancellationToken);
        Log.SentBySms(logger, message.Id);
        return (await SendOnceAsync(sms, cancellationToken), Channel.Sms);
    }

    private static OutboxMessage CopyOnSms(OutboxMessage message) => new()
    {
        Id = message.Id,
        Version = message.Version,
        ToPersonId = message.ToPersonId,
        Channel = Channel.Sms,
        FromNumber = message.FromNumber,
        Body = message.Body,
        MediaUrls = [],
        Kind = message.Kind,
        Priority = message.Priority,
        CausedBy = message.CausedBy,
        IsReply = message.IsReply,
        Sequence = message.Sequence,
        Status = message.Status,
        CreatedAt = message.CreatedAt,
        NotBefore = message.NotBefore,
        Attempts = message.Attempts,
    };
}
