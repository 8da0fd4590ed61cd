using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>The durable outbox the background sender drains.</summary>
public interface IOutboxStore
{
    Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<OutboxMessage?> FindByProviderSidAsync(
        string providerSid,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Pending messages whose <see cref="OutboxMessage.NotBefore"/> has come, by priority, then
    /// creation order, then sequence.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken = default);

    /// <summary>The messages written by the turn of one inbound message, in sequence order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListCausedByAsync(
        string messageSid,
        CancellationToken cancellationToken = default);

    /// <summary>Every message to one person, oldest first (the local chat page reads this).</summary>
    Task<IReadOnlyList<OutboxMessage>> ListForPersonAsync(
        string personId,
        CancellationToken cancellationToken = default);

    /// <summary>The newest messages to anyone, newest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListRecentAsync(
        int max,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Every message of one kind, any status, oldest first then in sequence. A broadcast's messages
    /// have the kind <c>broadcast:{broadcastId}</c>, so this is how far a broadcast has gone.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ListByKindAsync(
        string kind,
        CancellationToken cancellationToken = default);

    /// <summary>How many messages wait for the sender (pending), due or not yet due.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="message"/> if its version is still the stored one (and increments it);
    /// returns false, writing nothing, when someone else changed it first.
    /// </summary>
    Task<bool> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
