using Microsoft.Net.Http.Headers;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Products;

/// <summary>
/// <c>GET /p/{product id}/photo</c>: the host's copy of a listed product's photo
/// (<see cref="ProductPhotoCopies"/>), with the type it was recognised as (JPEG, PNG, WebP or GIF),
/// cacheable for a day and answered with 304 to a matching <c>If-None-Match</c>. 404 when the
/// product is not listed or no copy can be had. The Twilio address it was copied from is never
/// shown.
/// </summary>
public static class ProductPhotoEndpoint
{
    public const string PathSuffix = "photo";

    private const string CacheControl = "public, max-age=86400";

    internal static async Task<IResult> HandleAsync(
        string id,
        HttpResponse response,
        IMarketStore market,
        ProductPhotoCopies photos,
        CancellationToken cancellationToken)
    {
        var product = await ProductPageEndpoint.FindListedAsync(market, id, cancellationToken);
        var copy = product is null ? null : await photos.GetOrCopyAsync(product, cancellationToken);
        if (copy is null)
        {
            return Results.NotFound();
        }

        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var tag = new EntityTagHeaderValue($"\"{copy.CopiedAt.UtcTicks:x}-{copy.Content.Length:x}\"");
        return Results.Bytes(copy.Content, copy.ContentType, lastModified: copy.CopiedAt, entityTag: tag);
    }
}
