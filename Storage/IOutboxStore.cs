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

    /// <summary>
    /// Keeps a status report whose SID no message holds yet (see <see cref="EarlyStatus"/>). Each
    /// report is kept as it came; <see cref="TakeEarlyStatusesAsync"/> hands them back.
    /// </summary>
    Task AddEarlyStatusAsync(EarlyStatus report, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes and returns every early report for <paramref name="providerSid"/>, oldest first, in
    /// one step: two callers never both get the same report.
    /// </summary>
    Task<IReadOnlyList<EarlyStatus>> TakeEarlyStatusesAsync(
        string providerSid,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes early reports received before <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PruneEarlyStatusesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
