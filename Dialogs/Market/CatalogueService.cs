using Microsoft.Extensions.Options;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// Shops and listings: opening a shop with its code, listing a product under the urban share, and
/// listing waiting products when room opens. Writes go into the caller's <see cref="ChangeSet"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every listing decision (listed, waiting, and the waiting products it releases) is taken from
/// counts of the real products, read after the <see cref="CatalogueShare"/> document, and puts that
/// document in the same change set. Two decisions taken from the same counts (two hosts, or two
/// artisans at the same instant) therefore cannot both commit: the later commit meets a changed
/// version, and its turn is run again from fresh counts, so the artisan is told the outcome that
/// holds. The price is that listings are taken one at a time across the whole catalogue.
/// </para>
/// <para>
/// A product leaving the listing (sold out) does not take the document: it decides nothing from
/// the counts, so a listing that still counted it ends as if it had been committed first. The
/// share is a rule for admitting products: a rural product selling out can leave the urban share
/// above the limit until more rural products are listed (no urban product is taken down), and
/// room freed by a sale is given to waiting products only at the next product listed; a new urban
/// product that finds that room is listed ahead of older waiting ones.
/// </para>
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

        var share = await ClaimShareAsync(product, now, changes, cancellationToken);
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

    /// <summary>
    /// Puts the catalogue's share document in <paramref name="changes"/> and counts the listed
    /// products. The document is read first: a decision committed after that read has moved its
    /// version, so this turn's commit fails and runs again; one committed before it is counted.
    /// A store that has products but no document yet (made before it existed) gets one here.
    /// </summary>
    private async Task<ZoneShare> ClaimShareAsync(
        Product product,
        DateTimeOffset now,
        ChangeSet changes,
        CancellationToken cancellationToken)
    {
        var document = await store.GetCatalogueShareAsync(cancellationToken) ?? new CatalogueShare();
        document.DecidedAt = now;
        document.LastProductId = product.Id;
        changes.Put(document);

        return await store.CountListedByZoneAsync(cancellationToken);
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
