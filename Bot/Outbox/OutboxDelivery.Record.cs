using SoukPlay.Bot.Twilio;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

public sealed partial class OutboxDelivery
{
    private const int MaxRecordTries = 3;

    /// <summary>
    /// Writes the result. A status callback may have moved the message on meanwhile; then the
    /// stored status is kept when it is further along, and only the SID and error are added. An
    /// ambiguous result leaves the message in Sending, for the stuck-message check to settle.
    /// Once the SID is written, the status reports that came before it are applied.
    /// </summary>
    private async Task RecordAsync(
        string id,
        SendResult result,
        Channel? sentOn,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRecordTries; attempt++)
        {
            var current = await outbox.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return;
            }

            current.ProviderSid ??= result.ProviderSid;
            current.LastError = result.Error;
            current.Channel = sentOn ?? current.Channel;
            if (result.Outcome != SendOutcome.Ambiguous && result.Status > current.Status)
            {
                current.Status = result.Status;
            }

            if (await outbox.TryUpdateAsync(current, cancellationToken))
            {
                LogResult(current, result);
                await statuses.ApplyEarlyAsync(current, cancellationToken);
                return;
            }
        }

        Log.RecordLost(logger, id);
    }

    private void LogResult(OutboxMessage message, SendResult result)
    {
        var to = PhoneAddress.Mask(message.ToPersonId);
        switch (result.Outcome)
        {
            case SendOutcome.Accepted:
                Log.Sent(logger, message.Id, to, result.ProviderSid, result.Status);
                break;
            case SendOutcome.Ambiguous:
                Log.LeftUnsure(logger, message.Id, to, PhoneAddress.MaskNumbersIn(result.Error));
                break;
            default:
                Log.SendFailed(logger, message.Id, to, result.ErrorCode, PhoneAddress.MaskNumbersIn(result.Error));
                break;
        }
    }
}
