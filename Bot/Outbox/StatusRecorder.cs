using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Records provider status reports on the outbox message holding their SID, never moving a status
/// backwards (<see cref="StatusProgress"/>); error 21610 also opts the recipient out. A report
/// whose SID no message holds yet (the provider can report before the sender has recorded what
/// its send returned) is kept as an <see cref="EarlyStatus"/> and applied when the sender records
/// the SID (<see cref="ApplyEarlyAsync"/>).
/// </summary>
/// <remarks>
/// Both sides write first and read second (the callback keeps its report, then looks for the
/// message again; the sender records the SID, then takes the reports), so whichever comes second
/// sees the other's write. Applying a report twice changes nothing. A report for a SID that is
/// never recorded (a message sent from outside this bot) stays until the daily
/// pruning (<see cref="Hosting.InboundClaimPruner"/>) removes it after <see cref="EarlyRetention"/>.
/// </remarks>
public sealed class StatusRecorder(
    IOutboxStore outbox,
    OptOutRecorder optOuts,
    TimeProvider time,
    ILogger<StatusRecorder> logger)
{
    /// <summary>How long a report for a SID no message holds is kept.</summary>
    public static readonly TimeSpan EarlyRetention = TimeSpan.FromDays(2);

    private const int MaxTries = 3;

    /// <summary>Records <paramref name="report"/>, or keeps it until its SID is recorded.</summary>
    public async Task RecordAsync(StatusReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);

        var message = await outbox.FindByProviderSidAsync(report.MessageSid, cancellationToken);
        if (message is not null)
        {
            await ApplyAsync(message, report, cancellationToken);
            return;
        }

        await outbox.AddEarlyStatusAsync(ToEarly(report), cancellationToken);
        Log.StatusKeptForLater(logger, report.MessageSid);

        message = await outbox.FindByProviderSidAsync(report.MessageSid, cancellationToken);
        if (message is not null)
        {
            await ApplyEarlyAsync(message, cancellationToken);
        }
    }

    /// <summary>Applies the reports that came before <paramref name="message"/>'s SID was recorded.</summary>
    public async Task ApplyEarlyAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.ProviderSid is not { } sid)
        {
            return;
        }

        foreach (var early in await outbox.TakeEarlyStatusesAsync(sid, cancellationToken))
        {
            Log.EarlyStatusApplied(logger, message.Id, sid);
            await ApplyAsync(message, new StatusReport(sid, early.Status, early.ErrorCode), cancellationToken);
        }
    }

    private async Task ApplyAsync(OutboxMessage message, StatusReport report, CancellationToken cancellationToken)
    {
        if (report.Status is { } status)
        {
            await ApplyStatusAsync(message.Id, status, report.ErrorCode, cancellationToken);
        }

        if (report.ErrorCode == TwilioErrorCodes.Unsubscribed)
        {
            await optOuts.OptOutAsync(message.ToPersonId, cancellationToken);
        }
    }

    private async Task ApplyStatusAsync(
        string id,
        OutboxStatus reported,
        int? errorCode,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxTries; attempt++)
        {
            var current = await outbox.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return;
            }

            var next = StatusProgress.Next(current.Status, reported);
            var error = errorCode is { } code ? $"Twilio error {code} ({reported})" : current.LastError;
            if (next == current.Status && error == current.LastError)
            {
                Log.StatusKept(logger, id, current.Status, reported);
                return;
            }

            current.Status = next;
            current.LastError = error;
            if (await outbox.TryUpdateAsync(current, cancellationToken))
            {
                Log.StatusRecorded(logger, id, next, reported);
                return;
            }
        }
    }

    private EarlyStatus ToEarly(StatusReport report) => new()
    {
        Id = report.MessageSid + ":" + Guid.NewGuid().ToString("N"),
        ProviderSid = report.MessageSid,
        Status = report.Status,
        ErrorCode = report.ErrorCode,
        ReceivedAt = time.GetUtcNow(),
    };
}
