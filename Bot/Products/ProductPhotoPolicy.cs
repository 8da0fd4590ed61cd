using SoukPlay.Bot.Media;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Products;

/// <summary>
/// Decides whether a product's photo may be shown on its public page from where it is.
/// </summary>
/// <remarks>
/// <see cref="Product.PhotoUrl"/> is the media address the artisan's message came with, on
/// Twilio's media hosts. Twilio can require the account's credentials for those addresses (HTTP
/// basic authentication for media, an account setting the host cannot see) and they carry the
/// account SID, so such a photo is never put on the page as it is: the page shows the host's own
/// copy instead (<see cref="ProductPhotoCopies"/>). A photo on any other https address (local
/// mode, where the tester types the address) is shown as it is.
/// </remarks>
public static class ProductPhotoPolicy
{
    private static readonly MediaHostPolicy TwilioHosts = new(TwilioMediaOptions.TwilioMediaHosts, allowHttp: true);

    /// <summary>The address to show the photo from, or null when the page shows no photo.</summary>
    public static Uri? PublicPhoto(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);

        if (!Uri.TryCreate(product.PhotoUrl, UriKind.Absolute, out var photo)
            || photo.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(photo.UserInfo))
        {
            return null;
        }

        return TwilioHosts.Check(photo) is null ? null : photo;
    }
}
