using System.Collections.Concurrent;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>
/// Test double for <see cref="ITurnProcessor"/>: answers every activity with the replies
/// <see cref="Script"/> gives, committing them (and any messages for others) to the outbox as
/// pending, as the real turn does. It can be held (slow turn) or made to throw.
/// </summary>
public sealed class ScriptedTurnProcessor(InMemoryOutboxStore outbox, TimeProvider time) : ITurnProcessor
{
    private int _sequence;

    public ConcurrentQueue<Activity> Activities { get; } = new();

    /// <summary>What the turn says back; by default an echo of the text.</summary>
    public Func<Activity, IReadOnlyList<ScriptedMessage>> Script { get; set; } =
        activity => [new ScriptedMessage(activity.From, "You said: " + activity.Text)];

    /// <summary>When set, the turn waits for it before committing.</summary>
    public Task? Hold { get; set; }

    /// <summary>When set, the turn throws it.</summary>
    public Exception? Failure { get; set; }

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Activities.Enqueue(activity);
        if (Hold is not null)
        {
            await Hold;
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        var messages = Script(activity).Select(scripted => ToOutbox(activity, scripted)).ToArray();
        outbox.Add(messages);
        return new TurnOutcome(messages.Where(m => m.IsReply).ToList());
    }

    private OutboxMessage ToOutbox(Activity activity, ScriptedMessage scripted)
    {
        var isReply = scripted.To == activity.From;
        return new OutboxMessage
        {
            Id = $"{activity.MessageId}-{Interlocked.Increment(ref _sequence)}",
            ToPersonId = scripted.To,
            Channel = scripted.Channel ?? activity.Channel,
            FromNumber = activity.To,
            Body = scripted.Body,
            MediaUrls = [.. scripted.MediaUrls ?? []],
            Kind = isReply ? "reply" : "notice",
            Priority = isReply ? 0 : 1,
            CausedBy = activity.MessageId,
            IsReply = isReply,
            Sequence = _sequence,
            Status = OutboxStatus.Pending,
            CreatedAt = time.GetUtcNow(),
            NotBefore = time.GetUtcNow(),
        };
    }
}
