using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>
/// Reads the marketplace and commits a turn's changes atomically. Implementations hold no
/// transaction across an await and expose no engine types.
/// </summary>
public interface IMarketStore
{
    Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default);

    Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default);

    Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default);

    Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The shop's products of any status, oldest first.</summary>
    Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default);

    /// <summary>Products waiting for room under the urban share, oldest first.</summary>
    Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts the products whose status is <see cref="ListingStatus.Listed"/>, per zone.</summary>
    Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The catalogue's share document (<see cref="CatalogueShare.CatalogueId"/>), or null before
    /// the first listing decision made with it. Read it before counting, and put it in the change
    /// set of every listing decision, so that two decisions from the same counts cannot both commit.
    /// </summary>
    Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default);

    Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default);

    Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default);

    /// <summary>Open negotiations in which the person is the buyer or the artisan, newest first.</summary>
    Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default);

    /// <summary>Open negotiations whose expiry is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default);

    Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Deals whose chat ran out at or before <paramref name="now"/> and whose end was not told yet
    /// (<see cref="Deal.ChatEndTold"/> false), soonest end first.
    /// </summary>
    Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default);

    Task<SenderNumber?> GetSenderNumberAsync(string number, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(CancellationToken cancellationToken = default);

    Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every entity of <paramref name="changes"/> in one transaction, checking each
    /// entity's version against the stored one and incrementing it.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">An entity changed since it was read.</exception>
    Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default);
}
