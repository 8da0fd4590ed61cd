using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>People, shops, products, sender numbers and dialog state.</summary>
public sealed partial class LiteDbStore
{
    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Person>(id, cancellationToken);

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Shop>(code, cancellationToken);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ownerId);

        return RunAsync<Shop?>(
            () => Collection<Shop>().Query().Where("$.OwnerId = @0", ownerId).FirstOrDefault(),
            cancellationToken);
    }

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Product>(id, cancellationToken);

    public Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);

        return RunAsync(
            () => OldestFirst(Collection<Product>().Query().Where("$.ShopId = @0", shopId).ToList()),
            cancellationToken);
    }

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(
        CancellationToken cancellationToken = default) =>
        RunAsync(
            () => OldestFirst(
                Collection<Product>()
                    .Query()
                    .Where("$.Status = @0", Bson(ListingStatus.WaitingForRoom))
                    .ToList()),
            cancellationToken);

    public Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            () => new ZoneShare(
                CountListed(Zone.Rural),
                CountListed(Zone.PeriUrban),
                CountListed(Zone.Urban)),
            cancellationToken);

    public Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default) =>
        FindByIdAsync<CatalogueShare>(CatalogueShare.CatalogueId, cancellationToken);

    public Task<SenderNumber?> GetSenderNumberAsync(
        string number,
        CancellationToken cancellationToken = default) =>
        FindByIdAsync<SenderNumber>(number, cancellationToken);

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(
        CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<SenderNumber>>(
            () => Collection<SenderNumber>().FindAll().ToList(),
            cancellationToken);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        FindByIdAsync<DialogState>(key, cancellationToken);

    private int CountListed(Zone zone) =>
        Collection<Product>()
            .Query()
            .Where("$.Status = @0", Bson(ListingStatus.Listed))
            .Where("$.Zone = @0", Bson(zone))
            .Count();

    private static IReadOnlyList<Product> OldestFirst(List<Product> products) =>
        [.. products.OrderBy(product => product.CreatedAt).ThenBy(product => product.Id, StringComparer.Ordinal)];
}
