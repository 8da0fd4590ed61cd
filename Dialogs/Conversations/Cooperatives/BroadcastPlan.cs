using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// A broadcast ready to send: its outbox entries (one or more per member, already in each
/// member's language) and what it costs.
/// </summary>
public sealed record BroadcastPlan(
    Broadcast Broadcast,
    IReadOnlyList<OutboxMessage> Messages,
    IReadOnlyList<Person> Recipients);
