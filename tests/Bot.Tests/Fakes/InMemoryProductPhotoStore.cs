using System.Collections.Concurrent;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>Test double for <see cref="IProductPhotoStore"/>: copies kept in memory, by product id.</summary>
public sealed class InMemoryProductPhotoStore : IProductPhotoStore
{
    private readonly ConcurrentDictionary<string, ProductPhoto> _copies = new(StringComparer.Ordinal);

    public Task<ProductPhoto?> GetProductPhotoAsync(string productId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_copies.GetValueOrDefault(productId));

    public Task PutProductPhotoAsync(ProductPhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);

        _copies[photo.ProductId] = photo;
        return Task.CompletedTask;
    }
}
