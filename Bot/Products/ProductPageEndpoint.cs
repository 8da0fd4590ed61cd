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
/// the catalogues have the page's texts in it, else English. A product no longer for sale is a 404
/// page that says so and shows how to reach the shop's other products; an unknown id is a 404 page
/// that says it was not found. Nothing personal is shown: the only number is our own Twilio number
/// the shop is reached on.
/// </summary>
public static class ProductPageEndpoint
{
    public const string PathPrefix = "/p";

    public static IEndpointRouteBuilder MapProductPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // HEAD too: link previews and checkers ask it before GET.
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(PathPrefix + "/{id}", methods, HandleAsync);
        endpoints.MapMethods(
            PathPrefix + "/{id}/" + ProductPhotoEndpoint.PathSuffix,
            methods,
            ProductPhotoEndpoint.HandleAsync);
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
        var product = await FindAsync(market, id, cancellationToken);
        var shop = product is null ? null : await market.GetShopAsync(product.ShopId, cancellationToken);
        var language = ProductPageText.PageLanguage(catalog, lang);
        var direction = catalog.IsRightToLeft(language) ? "rtl" : "ltr";
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; img-src 'self' https:; style-src 'unsafe-inline'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (product is null || shop is null || product.Status != ListingStatus.Listed)
        {
            // A link from an old message: say so in the reader's language, with the shop's other
            // products when the shop is known, as a 404 so that nothing caches it as a product.
            var shopView = product is null || shop is null
                ? null
                : await ViewAsync(
                    market, catalog, currency, product, shop, language, direction, null, cancellationToken);
            var text = new ProductPageText(catalog, language);
            var gone = ProductPageHtml.RenderGone(shopView, language, direction, text);
            return Results.Content(gone, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var photo = await PhotoAsync(product, photos, cancellationToken);
        var view = await ViewAsync(
            market, catalog, currency, product, shop, language, direction, photo, cancellationToken);
        var html = ProductPageHtml.Render(view, new ProductPageText(catalog, language));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<ProductPageView> ViewAsync(
        IMarketStore market,
        IMessageCatalog catalog,
        CurrencyConverter currency,
        Product product,
        Shop shop,
        string language,
        string direction,
        string? photo,
        CancellationToken cancellationToken)
    {
        var number = await ContactNumberAsync(market, shop.Id, cancellationToken);
        return new ProductPageView(
            language,
            direction,
            product.Title,
            photo,
            currency.FormatPrice(product.PriceMad, null, language),
            catalog.Format(language, $"artisan.sector.{product.Sector.ToString().ToLowerInvariant()}"),
            shop.DisplayName,
            shop.Id,
            number,
            number is null ? null : ShopCodes.ClickToChatLink(number, shop.Id));
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
        CancellationToken cancellationToken) =>
        await FindAsync(market, id, cancellationToken) is { Status: ListingStatus.Listed } product ? product : null;

    /// <summary>The product with that id, of any status, as typed or in capitals.</summary>
    internal static async Task<Product?> FindAsync(
        IMarketStore market,
        string id,
        CancellationToken cancellationToken)
    {
        return await market.GetProductAsync(id, cancellationToken)
            ?? await market.GetProductAsync(id.ToUpperInvariant(), cancellationToken);
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
