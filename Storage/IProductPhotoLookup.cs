using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>
/// Finds the product a photo belongs to, so that the host can replace a photo it cannot send (an
/// MMS outside the US and Canada) with a link to the product's page.
/// </summary>
public interface IProductPhotoLookup
{
    /// <summary>
    /// The oldest product whose <see cref="Product.PhotoUrl"/> is exactly
    /// <paramref name="photoUrl"/>, or null.
    /// </summary>
    Task<Product?> FindProductByPhotoAsync(string photoUrl, CancellationToken cancellationToken = default);
}
