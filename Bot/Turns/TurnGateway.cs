using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Twilio;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Turns;

/// <summary>
/// The path every channel shares: claim the message id, run the turn within the inline budget,
/// and claim the replies that go back in the channel's own answer. A turn that overruns the
/// budget carries on in the background; its replies stay pending for the outbox sender.
/// </summary>
/// <remarks>
/// A turn that fails after the budget has passed leaves the person without an answer (the
/// channel has already answered); the claim is released, so Twilio's redelivery, if any, is
/// handled. Background turns still running at shutdown are waited for by
/// <see cref="TurnTracker"/>, up to the host's shutdown timeout.
/// </remarks>
public sealed class TurnGateway(
    IInboundLog inboundLog,
    IOutboxStore outbox,
    ITurnProcessor turns,
    OutboxSignal outboxSignal,
    TurnTracker tracker,
    InlineAnswerWindow inlineWindow,
    SmsPhotoLinks photoLinks,
    IOptions<TwilioOptions> options,
    TimeProvider time,
    ILogger<TurnGateway> logger)
{
    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (!await inboundLog.TryClaimAsync(activity.MessageId, activity.ReceivedAt, cancellationToken))
        {
            Log.DuplicateMessage(logger, activity.MessageId);
            return InboundResult.Duplicate;
        }

        inlineWindow.Open(activity.MessageId);
        try
        {
            return await RunWithinBudgetAsync(activity, cancellationToken);
        }
        finally
        {
            inlineWindow.Close(activity.MessageId);
            outboxSignal.Notify();
        }
    }

    private async Task<InboundResult> RunWithinBudgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = tracker.Track(RunTurnAsync(activity));
        var budget = options.Value.InlineReplyBudget;
        using var budgetCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(turn, Task.Delay(budget, time, budgetCancellation.Token));
        await budgetCancellation.CancelAsync();

        if (!turn.IsCompleted)
        {
            Log.TurnDeferred(logger, activity.MessageId, budget);
            return InboundResult.Deferred;
        }

        var outcome = await turn;
        if (outcome is null)
        {
            return InboundResult.Failed;
        }

        var inline = await ClaimInlineAsync(outcome.Replies, cancellationToken);
        return new InboundResult(InboundOutcome.Answered, inline);
    }

    /// <summary>Runs the turn detached from the request; null when it failed (the claim is released).</summary>
    private async Task<TurnOutcome?> RunTurnAsync(Activity activity)
    {
        await Task.Yield();
        try
        {
            var outcome = await turns.ProcessAsync(activity, CancellationToken.None);
            Log.TurnCompleted(logger, activity.MessageId, outcome.Replies.Count);
            outboxSignal.Notify();
            return outcome;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.TurnFailed(logger, activity.MessageId, exception);
            await ReleaseClaimAsync(activity.MessageId);
            return null;
        }
    }

    private async Task ReleaseClaimAsync(string messageId)
    {
        try
        {
            await inboundLog.ReleaseAsync(messageId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.ReleaseFailed(logger, messageId, exception);
        }
    }

    /// <summary>
    /// Moves each reply from Pending to AnsweredInline, version-checked: a reply the outbox
    /// sender claimed first goes by REST instead and is left out of the inline answer. Photos an
    /// SMS cannot carry become page links first (<see cref="SmsPhotoLinks"/>).
    /// </summary>
    private async Task<IReadOnlyList<OutboxMessage>> ClaimInlineAsync(
        IReadOnlyList<OutboxMessage> replies,
        CancellationToken cancellationToken)
    {
        var claimed = new List<OutboxMessage>(replies.Count);
        foreach (var reply in replies)
        {
            var current = await outbox.GetAsync(reply.Id, cancellationToken);
            if (current is not { Status: OutboxStatus.Pending })
            {
                continue;
            }

            await photoLinks.AdaptAsync(current, cancellationToken);
            current.Status = OutboxStatus.AnsweredInline;
            if (await outbox.TryUpdateAsync(current, cancellationToken))
            {
                claimed.Add(current);
            }
            else
            {
                Log.InlineClaimLost(logger, reply.Id);
            }
        }

        return claimed;
    }
}
