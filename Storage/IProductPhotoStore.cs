namespace SoukPlay.Storage;

/// <summary>
/// The host's copies of product photos, one per product, kept with the rest of the data so that
/// every host sharing the store can serve them.
/// </summary>
public interface IProductPhotoStore
{
    /// <summary>The copy of <paramref name="productId"/>'s photo, or null when none was made.</summary>
    Task<ProductPhoto?> GetProductPhotoAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps <paramref name="photo"/> as its product's copy, replacing any earlier one whole (a
    /// reader never gets half of one and half of the other). <see cref="ProductPhoto.CopiedAt"/>
    /// is kept to the tick and given back in UTC.
    /// </summary>
    Task PutProductPhotoAsync(ProductPhoto photo, CancellationToken cancellationToken = default);
}
