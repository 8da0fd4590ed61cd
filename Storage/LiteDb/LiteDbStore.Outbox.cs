using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>The outbox the background sender drains.</summary>
public sealed partial class LiteDbStore
{
    public Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<OutboxMessage>(id, cancellationToken);

    public Task<OutboxMessage?> FindByProviderSidAsync(
        string providerSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerSid);

        return RunAsync<OutboxMessage?>(
            () => Outbox().Where("$.ProviderSid = @0", providerSid).FirstOrDefault(),
            cancellationToken);
    }

    /// <remarks>
    /// LiteDB 5 orders by one expression, so every due message is read and the order is made in
    /// memory; a backlog of many thousand due messages costs that many reads per call.
    /// </remarks>
    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return RunAsync<IReadOnlyList<OutboxMessage>>(
            () => [
                .. Outbox()
                    .Where("$.Status = @0", Bson(OutboxStatus.Pending))
                    .Where($"$.NotBefore.{UtcTicks} <= @0", now.UtcTicks)
                    .ToEnumerable()
                    .OrderBy(message => message.Priority)
                    .ThenBy(message => message.CreatedAt)
                    .ThenBy(message => message.Sequence)
                    .Take(max),
            ],
            cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListCausedByAsync(
        string messageSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageSid);

        return RunAsync<IReadOnlyList<OutboxMessage>>(
            () => [
                .. Outbox()
                    .Where("$.CausedBy = @0", messageSid)
                    .ToEnumerable()
                    .OrderBy(message => message.Sequence)
                    .ThenBy(message => message.CreatedAt),
            ],
            cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListForPersonAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        return RunAsync<IReadOnlyList<OutboxMessage>>(
            () => [
                .. Outbox()
                    .Where("$.ToPersonId = @0", personId)
                    .ToEnumerable()
                    .OrderBy(message => message.CreatedAt)
                    .ThenBy(message => message.Sequence),
            ],
            cancellationToken);
    }

    /// <remarks>
    /// The index orders by creation time only; messages created at the same instant are ordered by
    /// sequence within the page read, so a page may end between two messages of one commit.
    /// </remarks>
    public Task<IReadOnlyList<OutboxMessage>> ListRecentAsync(
        int max,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return RunAsync<IReadOnlyList<OutboxMessage>>(
            () => [
                .. Outbox()
                    .OrderByDescending($"$.CreatedAt.{UtcTicks}")
                    .Limit(max)
                    .ToEnumerable()
                    .OrderByDescending(message => message.CreatedAt)
                    .ThenByDescending(message => message.Sequence),
            ],
            cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListByKindAsync(
        string kind,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);

        return RunAsync<IReadOnlyList<OutboxMessage>>(
            () => [
                .. Outbox()
                    .Where("$.Kind = @0", kind)
                    .ToEnumerable()
                    .OrderBy(message => message.CreatedAt)
                    .ThenBy(message => message.Sequence)
                    .ThenBy(message => message.Id, StringComparer.Ordinal),
            ],
            cancellationToken);
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        RunAsync(() => Outbox().Where("$.Status = @0", Bson(OutboxStatus.Pending)).Count(), cancellationToken);

    public Task<bool> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Id, nameof(message));

        return RunAsync(() => TryUpdate(message), cancellationToken);
    }

    private LiteDB.ILiteQueryable<OutboxMessage> Outbox() => Collection<OutboxMessage>().Query();

    private bool TryUpdate(OutboxMessage message)
    {
        // An update never creates: a message comes into being in its turn's commit.
        if (message.Version == 0)
        {
            return false;
        }

        try
        {
            Commit([message]);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
