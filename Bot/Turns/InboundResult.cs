using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Turns;

/// <summary>The outcome of handing one inbound message to the turn, with the inline replies.</summary>
public sealed record InboundResult(InboundOutcome Outcome, IReadOnlyList<OutboxMessage> InlineReplies)
{
    public static InboundResult Duplicate { get; } = new(InboundOutcome.Duplicate, []);

    public static InboundResult Deferred { get; } = new(InboundOutcome.Deferred, []);

    public static InboundResult Failed { get; } = new(InboundOutcome.Failed, []);
}
