using SoukPlay.Dialogs.Language.Currency;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Products;

/// <summary>
/// <c>GET /p/{product id}</c>: a product's public page, linked from SMS messages that cannot carry
/// its photo. Shows the title, photo (the host's copy, served at <c>GET /p/{product id}/photo</c>
/// by <see cref="ProductPhotoEndpoint"/>; see <see cref="ProductPhotoPolicy"/>), price in MAD, craft,
/// the shop's name and code and how to message the shop; in the language of <c>?lang=</c> when
/// the catalogues have the page's texts in it, else English. Products that are not listed (and
/// unknown ids) are 404. Nothing personal is shown: the only number is our own Twilio number
/// the shop is reached on.
/// </summary>
public static class ProductPageEndpoint
{
    public const string PathPrefix = "/p";

    public static IEndpointRouteBuilder MapProductPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(PathPrefix + "/{id}", HandleAsync);
        endpoints.MapGet(PathPrefix + "/{id}/" + ProductPhotoEndpoint.PathSuffix, ProductPhotoEndpoint.HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string id,
        string? lang,
        HttpResponse response,
        IMarketStore market,
        IMessageCatalog catalog,
        CurrencyConverter currency,
        ProductPhotoCopies photos,
        CancellationToken cancellationToken)
    {
        var product = await FindListedAsync(market, id, cancellationToken);
        var shop = product is null ? null : await market.GetShopAsync(product.ShopId, cancellationToken);
        if (product is null || shop is null)
        {
            return Results.NotFound();
        }

        var language = ProductPageText.PageLanguage(catalog, lang);
        var number = await ContactNumberAsync(market, shop.Id, cancellationToken);
        var view = new ProductPageView(
            language,
            catalog.IsRightToLeft(language) ? "rtl" : "ltr",
            product.Title,
            await PhotoAsync(product, photos, cancellationToken),
            currency.FormatPrice(product.PriceMad, null, language),
            catalog.Format(language, $"artisan.sector.{product.Sector.ToString().ToLowerInvariant()}"),
            shop.DisplayName,
            shop.Id,
            number,
            number is null ? null : ShopCodes.ClickToChatLink(number, shop.Id));

        response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self' https:; style-src 'unsafe-inline'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var html = ProductPageHtml.Render(view, new ProductPageText(catalog, language));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// A photo on a public https address (local mode) as it is; else the host's copy, relative to
    /// the page so that it works under any public base; else none.
    /// </summary>
    private static async Task<string?> PhotoAsync(
        Product product,
        ProductPhotoCopies photos,
        CancellationToken cancellationToken)
    {
        var published = ProductPhotoPolicy.PublicPhoto(product);
        if (published is not null)
        {
            return published.AbsoluteUri;
        }

        var copy = await photos.GetOrCopyAsync(product, cancellationToken);
        return copy is null ? null : $"{Uri.EscapeDataString(product.Id)}/{ProductPhotoEndpoint.PathSuffix}";
    }

    /// <summary>The listed product with that id, as typed or in capitals (shop codes are capitals).</summary>
    internal static async Task<Product?> FindListedAsync(
        IMarketStore market,
        string id,
        CancellationToken cancellationToken)
    {
        var product = await market.GetProductAsync(id, cancellationToken)
            ?? await market.GetProductAsync(id.ToUpperInvariant(), cancellationToken);
        return product is { Status: ListingStatus.Listed } ? product : null;
    }

    /// <summary>The shop's own number if it has one, else the platform number.</summary>
    private static async Task<string?> ContactNumberAsync(
        IMarketStore market,
        string shopCode,
        CancellationToken cancellationToken)
    {
        var numbers = await market.ListSenderNumbersAsync(cancellationToken);
        var own = numbers.FirstOrDefault(n => n.OwnerKind == SenderOwnerKind.Shop && n.OwnerId == shopCode);
        return (own ?? numbers.FirstOrDefault(n => n.OwnerKind == SenderOwnerKind.Platform))?.Id;
    }
}
