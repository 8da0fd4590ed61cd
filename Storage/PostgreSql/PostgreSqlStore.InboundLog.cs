using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Claims of inbound message ids; the primary key makes a claim atomic across hosts.</summary>
public sealed partial class PostgreSqlStore
{
    public async Task<bool> TryClaimAsync(
        string messageSid,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageSid);

        var claim = new InboundMessage { Id = messageSid, Version = 1, ReceivedAt = receivedAt };
        var inserted = await ExecuteAsync(
            "INSERT INTO inbound_message (id, version, doc, received_ticks) VALUES (@id, 1, @doc, @received) "
                + "ON CONFLICT (id) DO NOTHING",
            cancellationToken,
            Parameter("id", messageSid),
            Document(claim),
            Parameter("received", receivedAt.UtcTicks));

        if (inserted == 0)
        {
            Log.AlreadyClaimed(_logger, messageSid);
        }

        return inserted == 1;
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var removed = await ExecuteAsync(
            "DELETE FROM inbound_message WHERE received_ticks < @before",
            cancellationToken,
            Parameter("before", olderThan.UtcTicks));

        Log.PrunedClaims(_logger, removed, olderThan);
        return removed;
    }

    public Task ReleaseAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageSid);

        return ExecuteAsync(
            "DELETE FROM inbound_message WHERE id = @id",
            cancellationToken,
            Parameter("id", messageSid));
    }
}
