using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Products by photo, through the PhotoUrl index. LiteDB compares strings ignoring case, so the
/// exact address is checked again here (media addresses are case-sensitive).
/// </summary>
public sealed partial class LiteDbStore : IProductPhotoLookup
{
    public Task<Product?> FindProductByPhotoAsync(string photoUrl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoUrl);

        return RunAsync(() => FindProductByPhoto(photoUrl), cancellationToken);
    }

    private Product? FindProductByPhoto(string photoUrl)
    {
        var matches = Collection<Product>().Query()
            .Where("$.PhotoUrl = @0", photoUrl)
            .ToList()
            .FindAll(product => string.Equals(product.PhotoUrl, photoUrl, StringComparison.Ordinal));
        var oldestFirst = OldestFirst(matches);
        return oldestFirst.Count > 0 ? oldestFirst[0] : null;
    }
}
