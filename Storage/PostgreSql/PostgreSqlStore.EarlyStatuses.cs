using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>
/// Status reports that came before their SID was recorded. Taking is one DELETE … RETURNING, so two
/// hosts taking the same SID's reports at once never both get one.
/// </summary>
public sealed partial class PostgreSqlStore
{
    public async Task AddEarlyStatusAsync(EarlyStatus report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(report.Id, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.ProviderSid, nameof(report));

        await ExecuteAsync(
            "INSERT INTO early_status (id, version, doc, provider_sid, received_ticks) "
                + "VALUES (@id, 1, @doc, @sid, @received)",
            cancellationToken,
            Parameter("id", report.Id),
            Document(report),
            Parameter("sid", report.ProviderSid),
            Parameter("received", report.ReceivedAt.UtcTicks));
        report.Version = 1;
    }

    public async Task<IReadOnlyList<EarlyStatus>> TakeEarlyStatusesAsync(
        string providerSid,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(providerSid);

        var taken = await ReadAsync<EarlyStatus>(
            $"DELETE FROM early_status WHERE provider_sid = @sid RETURNING {Selected}",
            cancellationToken,
            Parameter("sid", providerSid));

        return [.. taken.OrderBy(report => report.ReceivedAt).ThenBy(report => report.Id, StringComparer.Ordinal)];
    }

    public Task<int> PruneEarlyStatusesAsync(
        DateTimeOffset olderThan,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "DELETE FROM early_status WHERE received_ticks < @before",
            cancellationToken,
            Parameter("before", olderThan.UtcTicks));
}
