using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>The durable outbox.</summary>
public sealed partial class PostgreSqlStore
{
    public Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<OutboxMessage>(id, cancellationToken);

    public Task<OutboxMessage?> FindByProviderSidAsync(
        string providerSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerSid);

        return FirstAsync<OutboxMessage>(
            "WHERE provider_sid = @sid ORDER BY id COLLATE \"C\"",
            cancellationToken,
            Parameter("sid", providerSid));
    }

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return ListAsync<OutboxMessage>(
            "WHERE status = @pending AND not_before_ticks <= @now "
                + "ORDER BY priority, created_ticks, sequence, id COLLATE \"C\" LIMIT @max",
            cancellationToken,
            Parameter("pending", nameof(OutboxStatus.Pending)),
            Parameter("now", now.UtcTicks),
            Parameter("max", max));
    }

    public Task<IReadOnlyList<OutboxMessage>> ListCausedByAsync(
        string messageSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageSid);

        return ListAsync<OutboxMessage>(
            "WHERE caused_by = @sid ORDER BY sequence, created_ticks, id COLLATE \"C\"",
            cancellationToken,
            Parameter("sid", messageSid));
    }

    public Task<IReadOnlyList<OutboxMessage>> ListForPersonAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        return ListAsync<OutboxMessage>(
            "WHERE to_person_id = @person ORDER BY created_ticks, sequence, id COLLATE \"C\"",
            cancellationToken,
            Parameter("person", personId));
    }

    public Task<IReadOnlyList<OutboxMessage>> ListRecentAsync(
        int max,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return ListAsync<OutboxMessage>(
            "ORDER BY created_ticks DESC, sequence DESC, id COLLATE \"C\" DESC LIMIT @max",
            cancellationToken,
            Parameter("max", max));
    }

    public Task<IReadOnlyList<OutboxMessage>> ListByKindAsync(
        string kind,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);

        return ListAsync<OutboxMessage>(
            "WHERE kind = @kind ORDER BY created_ticks, sequence, id COLLATE \"C\"",
            cancellationToken,
            Parameter("kind", kind));
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        checked((int)await ScalarAsync<long>(
            "SELECT count(*) FROM outbox_message WHERE status = @pending",
            cancellationToken,
            Parameter("pending", nameof(OutboxStatus.Pending))));

    public async Task<bool> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Id, nameof(message));

        // An update never creates: a message comes into being in its turn's commit.
        if (message.Version == 0)
        {
            return false;
        }

        try
        {
            await CommitAsync(new ChangeSet().Put(message), cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
