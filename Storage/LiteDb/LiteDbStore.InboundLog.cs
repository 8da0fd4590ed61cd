using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Claims of inbound MessageSids; the sid is the document's <c>_id</c>, hence unique. The check and
/// the insert run under the write lock, which is enough because one process owns the file. Claims
/// are kept for ever: nothing prunes old ones yet, so the collection grows with the traffic.
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
}
