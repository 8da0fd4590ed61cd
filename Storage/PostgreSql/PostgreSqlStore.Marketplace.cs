using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>People, shops, products, sender numbers and dialog state.</summary>
public sealed partial class PostgreSqlStore
{
    private const string OldestProductFirst = "ORDER BY created_ticks, id COLLATE \"C\"";

    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Person>(id, cancellationToken);

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Shop>(code, cancellationToken);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ownerId);

        return FirstAsync<Shop>(
            "WHERE owner_id = @owner ORDER BY id COLLATE \"C\"",
            cancellationToken,
            Parameter("owner", ownerId));
    }

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Product>(id, cancellationToken);

    public Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);

        return ListAsync<Product>(
            $"WHERE shop_id = @shop {OldestProductFirst}",
            cancellationToken,
            Parameter("shop", shopId));
    }

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default) =>
        ListAsync<Product>(
            $"WHERE status = @status {OldestProductFirst}",
            cancellationToken,
            Parameter("status", nameof(ListingStatus.WaitingForRoom)));

    public async Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT zone, count(*) FROM product WHERE status = @status GROUP BY zone");
        command.Parameters.Add(Parameter("status", nameof(ListingStatus.Listed)));

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetString(0)] = checked((int)reader.GetInt64(1));
            }
        }

        return new ZoneShare(
            counts.GetValueOrDefault(nameof(Zone.Rural)),
            counts.GetValueOrDefault(nameof(Zone.PeriUrban)),
            counts.GetValueOrDefault(nameof(Zone.Urban)));
    }

    public Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default) =>
        FindByIdAsync<CatalogueShare>(CatalogueShare.CatalogueId, cancellationToken);

    public Task<SenderNumber?> GetSenderNumberAsync(
        string number,
        CancellationToken cancellationToken = default) =>
        FindByIdAsync<SenderNumber>(number, cancellationToken);

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(
        CancellationToken cancellationToken = default) =>
        ListAsync<SenderNumber>("ORDER BY id COLLATE \"C\"", cancellationToken);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        FindByIdAsync<DialogState>(key, cancellationToken);
}
