using SoukPlay.Storage;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// The real LiteDB store on a temporary file, seen through <see cref="IMarketStore"/> with a hook
/// that runs before each commit, so that tests can slip in a concurrent writer at the worst
/// moment, and counters of commits and conflicts.
/// </summary>
public sealed class LiteDbTestStore : IMarketStore, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly AsyncLocal<bool> _inHook = new();

    public LiteDbTestStore()
    {
        Inner = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
    }

    public LiteDbStore Inner { get; }

    /// <summary>Runs before each commit (not before commits the hook itself makes).</summary>
    public Func<ChangeSet, Task>? BeforeCommit { get; set; }

    public int Commits { get; private set; }

    public int Conflicts { get; private set; }

    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        Inner.GetPersonAsync(id, cancellationToken);

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) =>
        Inner.GetShopAsync(code, cancellationToken);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default) =>
        Inner.FindShopByOwnerAsync(ownerId, cancellationToken);

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        Inner.GetProductAsync(id, cancellationToken);

    public Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default) =>
        Inner.ListProductsAsync(shopId, cancellationToken);

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default) =>
        Inner.ListWaitingProductsAsync(cancellationToken);

    public Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default) =>
        Inner.CountListedByZoneAsync(cancellationToken);

    public Task<CatalogueShare?> GetCatalogueShareAsync(CancellationToken cancellationToken = default) =>
        Inner.GetCatalogueShareAsync(cancellationToken);

    public Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default) =>
        Inner.GetNegotiationAsync(id, cancellationToken);

    public Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default) =>
        Inner.FindOpenNegotiationAsync(buyerId, productId, cancellationToken);

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default) =>
        Inner.ListOpenNegotiationsAsync(personId, cancellationToken);

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        Inner.ListExpiredNegotiationsAsync(now, cancellationToken);

    public Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default) =>
        Inner.FindDealByNegotiationAsync(negotiationId, cancellationToken);

    public Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        Inner.ListEndedDealChatsAsync(now, cancellationToken);

    public Task<SenderNumber?> GetSenderNumberAsync(string number, CancellationToken cancellationToken = default) =>
        Inner.GetSenderNumberAsync(number, cancellationToken);

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(CancellationToken cancellationToken = default) =>
        Inner.ListSenderNumbersAsync(cancellationToken);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        Inner.GetDialogStateAsync(key, cancellationToken);

    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (BeforeCommit is { } hook && !_inHook.Value)
        {
            _inHook.Value = true;
            try
            {
                await hook(changes);
            }
            finally
            {
                _inHook.Value = false;
            }
        }

        try
        {
            await Inner.CommitAsync(changes, cancellationToken);
            Commits++;
        }
        catch (ConcurrencyConflictException)
        {
            Conflicts++;
            throw;
        }
    }

    /// <summary>Every outbox message, oldest first, parts of one turn in sequence order.</summary>
    public IReadOnlyList<OutboxMessage> Outbox() =>
        [.. Inner.ListRecentAsync(int.MaxValue).GetAwaiter().GetResult()
            .OrderBy(message => message.CreatedAt)
            .ThenBy(message => message.CausedBy, StringComparer.Ordinal)
            .ThenBy(message => message.Sequence)];

    public void Dispose()
    {
        Inner.Dispose();
        _database.Dispose();
    }
}
