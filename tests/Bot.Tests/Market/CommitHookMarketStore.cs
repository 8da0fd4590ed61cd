using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Market;

/// <summary>
/// A real store seen through <see cref="IMarketStore"/>, with a hook run once before the next
/// commit, so that a test can slip in a concurrent writer between a pass's reads and its commit.
/// </summary>
public sealed class CommitHookMarketStore(IMarketStore inner) : IMarketStore
{
    /// <summary>Runs before the next commit only, then is cleared.</summary>
    public Func<Task>? BeforeNextCommit { get; set; }

    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        inner.GetPersonAsync(id, cancellationToken);

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) =>
        inner.GetShopAsync(code, cancellationToken);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default) =>
        inner.FindShopByOwnerAsync(ownerId, cancellationToken);

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        inner.GetProductAsync(id, cancellationToken);

    public Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default) =>
        inner.ListProductsAsync(shopId, cancellationToken);

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default) =>
        inner.ListWaitingProductsAsync(cancellationToken);

    public Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default) =>
        inner.CountListedByZoneAsync(cancellationToken);

    public Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default) =>
        inner.GetCatalogueShareAsync(cancellationToken);

    public Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default) =>
        inner.GetNegotiationAsync(id, cancellationToken);

    public Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default) =>
        inner.FindOpenNegotiationAsync(buyerId, productId, cancellationToken);

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default) =>
        inner.ListOpenNegotiationsAsync(personId, cancellationToken);

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        inner.ListExpiredNegotiationsAsync(now, cancellationToken);

    public Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default) =>
        inner.FindDealByNegotiationAsync(negotiationId, cancellationToken);

    public Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        inner.ListEndedDealChatsAsync(now, cancellationToken);

    public Task<SenderNumber?> GetSenderNumberAsync(string number, CancellationToken cancellationToken = default) =>
        inner.GetSenderNumberAsync(number, cancellationToken);

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(CancellationToken cancellationToken = default) =>
        inner.ListSenderNumbersAsync(cancellationToken);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        inner.GetDialogStateAsync(key, cancellationToken);

    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (BeforeNextCommit is { } hook)
        {
            BeforeNextCommit = null;
            await hook();
        }

        await inner.CommitAsync(changes, cancellationToken);
    }
}
