using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Products by photo address (compared exactly: media addresses are case-sensitive).</summary>
public sealed partial class PostgreSqlStore
{
    public Task<Product?> FindProductByPhotoAsync(string photoUrl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoUrl);

        return FirstAsync<Product>(
            $"WHERE photo_url = @photo {OldestProductFirst}",
            cancellationToken,
            Parameter("photo", photoUrl));
    }
}
