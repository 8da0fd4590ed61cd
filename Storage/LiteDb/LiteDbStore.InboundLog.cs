using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Claims of inbound MessageSids; the sid is the document's <c>_id</c>, hence unique. The check and
/// the insert run under the write lock, which is enough because one process owns the file. Claims
/// stay until <see cref="PruneAsync"/> removes them, which the host does for old ones.
/// </summary>
public sealed partial class LiteDbStore
{
    public Task<bool> TryClaimAsync(
        string messageSid,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageSid);

        return RunAsync(() => TryClaim(messageSid, receivedAt), cancellationToken);
    }

    public Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) =>
        RunAsync(() => Prune(olderThan), cancellationToken);

    public Task ReleaseAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageSid);

        return RunAsync(
            () =>
            {
                lock (_writeLock)
                {
                    Collection<InboundMessage>().Delete(messageSid);
                }
            },
            cancellationToken);
    }

    private bool TryClaim(string messageSid, DateTimeOffset receivedAt)
    {
        var claim = new InboundMessage { Id = messageSid, Version = 1, ReceivedAt = receivedAt };

        lock (_writeLock)
        {
            var collection = Collection<InboundMessage>();

            if (collection.Exists(LiteDB.Query.EQ("_id", messageSid)))
            {
                Log.AlreadyClaimed(_logger, messageSid);
                return false;
            }

            collection.Insert(claim);
            return true;
        }
    }

    private int Prune(DateTimeOffset olderThan)
    {
        int removed;

        lock (_writeLock)
        {
            removed = Collection<InboundMessage>()
                .DeleteMany($"$.ReceivedAt.{UtcTicks} < @0", olderThan.UtcTicks);
        }

        Log.PrunedClaims(_logger, removed, olderThan);

        return removed;
    }
}
