using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>What a committed turn owes the person who wrote, in order.</summary>
public sealed record TurnOutcome(IReadOnlyList<OutboxMessage> Replies);
