using Microsoft.Extensions.Options;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// Shops and listings: opening a shop with its code, listing a product under the urban share, and
/// listing waiting products when room opens. Writes go into the caller's <see cref="ChangeSet"/>.
/// </summary>
/// <remarks>
/// The share is read from the store at the start of the turn. Two urban listings committed at the
/// same instant by two different artisans can both pass the check and overshoot the share by one
/// product; the next listing corrects the balance. A shared counter entity would close this gap at
/// the price of serialising every listing.
/// </remarks>
public sealed class CatalogueService(
    IMarketStore store,
    TimeProvider timeProvider,
    IOptions<MarketOptions> options)
{
    private const int MaxCodeAttempts = 20;

    public async Task<Shop> OpenShopAsync(
        Person artisan,
        string displayName,
        CraftSector sector,
        Zone zone,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artisan);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(changes);

        var shop = new Shop
        {
            Id = await NewUniqueCodeAsync(cancellationToken),
            OwnerId = artisan.Id,
            DisplayName = displayName.Trim(),
            Sector = sector,
            Zone = zone,
            CreatedAt = timeProvider.GetUtcNow(),
        };

        changes.Put(shop);
        return shop;
    }

    /// <summary>
    /// Gives <paramref name="product"/> its id, zone and sector from <paramref name="shop"/> and
    /// lists it, or leaves it waiting when an urban product would push the share over the limit.
    /// </summary>
    public async Task<ListingOutcome> ListAsync(
        Shop shop,
        Product product,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(changes);
        if (!product.Handmade)
        {
            throw new ArgumentException("Only handmade products are listed; confirm it first.", nameof(product));
        }

        var existing = await store.ListProductsAsync(shop.Id, cancellationToken);
        var now = timeProvider.GetUtcNow();
        product.Id = $"{shop.Id}-{existing.Count + 1}";
        product.ShopId = shop.Id;
        product.Zone = shop.Zone;
        product.Sector = shop.Sector;
        product.CreatedAt = now;

        var share = await store.CountListedByZoneAsync(cancellationToken);
        var shareBefore = ZoneQuota.UrbanShare(share);
        if (!ZoneQuota.HasRoomFor(share, shop.Zone, options.Value.MaxUrbanShare))
        {
            product.Status = ListingStatus.WaitingForRoom;
            changes.Put(product);
            return new ListingOutcome(product, ListingDecision.WaitingForRoom, shareBefore, []);
        }

        MarkListed(product, now);
        changes.Put(product);
        share = Add(share, product.Zone);

        var released = await ReleaseWaitingAsync(share, changes, cancellationToken);
        return new ListingOutcome(product, ListingDecision.Listed, shareBefore, released);
    }

    /// <summary>The products a buyer may see in a shop: listed, with stock left, oldest first.</summary>
    public async Task<IReadOnlyList<Product>> ListForSaleAsync(
        string shopId,
        CancellationToken cancellationToken = default)
    {
        var products = await store.ListProductsAsync(shopId, cancellationToken);
        return [.. products.Where(p => p.Status == ListingStatus.Listed && p.Quantity > 0)];
    }

    private async Task<IReadOnlyList<Product>> ReleaseWaitingAsync(
        ZoneShare share,
        ChangeSet changes,
        CancellationToken cancellationToken)
    {
        var waiting = await store.ListWaitingProductsAsync(cancellationToken);
        var released = new List<Product>();
        var now = timeProvider.GetUtcNow();
        foreach (var product in waiting)
        {
            if (!ZoneQuota.HasRoomFor(share, product.Zone, options.Value.MaxUrbanShare))
            {
                break;
            }

            MarkListed(product, now);
            changes.Put(product);
            share = Add(share, product.Zone);
            released.Add(product);
        }

        return released;
    }

    private async Task<string> NewUniqueCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxCodeAttempts; attempt++)
        {
            var code = ShopCodes.NewCode();
            if (await store.GetShopAsync(code, cancellationToken) is null)
            {
                return code;
            }
        }

        throw new InvalidOperationException(
            $"No free shop code after {MaxCodeAttempts} tries; the code space is nearly full: "
            + "lengthen ShopCodes.Length.");
    }

    private static void MarkListed(Product product, DateTimeOffset now)
    {
        product.Status = ListingStatus.Listed;
        product.ListedAt = now;
    }

    private static ZoneShare Add(ZoneShare share, Zone zone) => zone switch
    {
        Zone.Rural => share with { Rural = share.Rural + 1 },
        Zone.PeriUrban => share with { PeriUrban = share.PeriUrban + 1 },
        _ => share with { Urban = share.Urban + 1 },
    };
}
