using System.Collections.Concurrent;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>
/// Test double for <see cref="IMarketStore"/> that keeps sender numbers only (what the host seeds);
/// every other read finds nothing, except products a test puts in <see cref="ProductsByPhoto"/>.
/// Commits of anything but sender numbers are refused.
/// </summary>
public sealed class SenderNumbersOnlyMarketStore : IMarketStore, IProductPhotoLookup
{
    private readonly ConcurrentDictionary<string, SenderNumber> _numbers = new();

    private int _commitCount;

    /// <summary>Products <see cref="FindProductByPhotoAsync"/> finds, by photo address.</summary>
    public ConcurrentDictionary<string, Product> ProductsByPhoto { get; } = new();

    public int CommitCount => Volatile.Read(ref _commitCount);

    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Person?>(null);

    public Task<Product?> FindProductByPhotoAsync(string photoUrl, CancellationToken cancellationToken = default) =>
        Task.FromResult(ProductsByPhoto.GetValueOrDefault(photoUrl));

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) =>
        Task.FromResult<Shop?>(null);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Shop?>(null);

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Product?>(null);

    public Task<IReadOnlyList<Product>> ListProductsAsync(string shopId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Product>>([]);

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Product>>([]);

    public Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(default(ZoneShare));

    public Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<CatalogueShare?>(null);

    public Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Negotiation?>(null);

    public Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<Negotiation?>(null);

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Negotiation>>([]);

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Negotiation>>([]);

    public Task<Deal?> FindDealByNegotiationAsync(string negotiationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Deal?>(null);

    public Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Deal>>([]);

    public Task<SenderNumber?> GetSenderNumberAsync(string number, CancellationToken cancellationToken = default) =>
        Task.FromResult(_numbers.GetValueOrDefault(number));

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SenderNumber>>([.. _numbers.Values]);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<DialogState?>(null);

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Interlocked.Increment(ref _commitCount);
        foreach (var entity in changes.Puts)
        {
            if (entity is not SenderNumber number)
            {
                throw new NotSupportedException("This test double keeps sender numbers only.");
            }

            _numbers[number.Id] = new SenderNumber
            {
                Id = number.Id,
                Version = number.Version + 1,
                OwnerKind = number.OwnerKind,
                OwnerId = number.OwnerId,
            };
        }

        return Task.CompletedTask;
    }
}
