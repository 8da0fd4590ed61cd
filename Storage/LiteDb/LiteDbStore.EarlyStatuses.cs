using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Status reports that came before their SID was recorded. Taking runs the read and the delete
/// under the write lock, which is enough because one process owns the file.
/// </summary>
public sealed partial class LiteDbStore
{
    public Task AddEarlyStatusAsync(EarlyStatus report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(report.Id, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.ProviderSid, nameof(report));

        return RunAsync(
            () =>
            {
                report.Version = 1;
                lock (_writeLock)
                {
                    Collection<EarlyStatus>().Insert(report);
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<EarlyStatus>> TakeEarlyStatusesAsync(
        string providerSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(providerSid);

        return RunAsync(() => TakeEarlyStatuses(providerSid), cancellationToken);
    }

    public Task<int> PruneEarlyStatusesAsync(
        DateTimeOffset olderThan,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            () =>
            {
                lock (_writeLock)
                {
                    return Collection<EarlyStatus>()
                        .DeleteMany($"$.ReceivedAt.{UtcTicks} < @0", olderThan.UtcTicks);
                }
            },
            cancellationToken);

    private IReadOnlyList<EarlyStatus> TakeEarlyStatuses(string providerSid)
    {
        lock (_writeLock)
        {
            var collection = Collection<EarlyStatus>();
            var reports = collection.Query().Where("$.ProviderSid = @0", providerSid).ToList();
            foreach (var report in reports)
            {
                collection.Delete(report.Id);
            }

            return [.. reports.OrderBy(report => report.ReceivedAt)];
        }
    }
}
