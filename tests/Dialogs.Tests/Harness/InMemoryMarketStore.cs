using System.Text.Json;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// TEST DOUBLE of <see cref="IMarketStore"/>, for the dialog tests until the LiteDB engine is on
/// this branch (then <see cref="TestFlow"/> swaps it in one line). It keeps JSON copies, so a
/// caller never shares instances with the store, and checks versions on commit as the contract
/// says: a stale or duplicate write throws <see cref="ConcurrencyConflictException"/> and
/// writes nothing.
/// </summary>
public sealed class InMemoryMarketStore : IMarketStore
{
    private readonly Dictionary<(Type Type, string Id), string> _documents = [];
    private readonly Lock _gate = new();
    private readonly AsyncLocal<bool> _inHook = new();

    /// <summary>
    /// Runs inside <see cref="CommitAsync"/> before the version check, to stage a race. Commits
    /// the hook makes itself do not run it again.
    /// </summary>
    public Func<ChangeSet, Task>? BeforeCommit { get; set; }

    public int Commits { get; private set; }

    public int Conflicts { get; private set; }

    public Task<Person?> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<Person>(id);

    public Task<Shop?> GetShopAsync(string code, CancellationToken cancellationToken = default) => GetAsync<Shop>(code);

    public Task<Shop?> FindShopByOwnerAsync(string ownerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(All<Shop>().FirstOrDefault(shop => shop.OwnerId == ownerId));

    public Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<Product>(id);

    public Task<IReadOnlyList<Product>> ListProductsAsync(
        string shopId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Product>>(
            [.. All<Product>().Where(p => p.ShopId == shopId).OrderBy(p => p.CreatedAt)]);

    public Task<IReadOnlyList<Product>> ListWaitingProductsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Product>>(
            [.. All<Product>().Where(p => p.Status == ListingStatus.WaitingForRoom).OrderBy(p => p.CreatedAt)]);

    public Task<ZoneShare> CountListedByZoneAsync(CancellationToken cancellationToken = default)
    {
        var listed = All<Product>().Where(p => p.Status == ListingStatus.Listed).ToList();
        return Task.FromResult(new ZoneShare(
            listed.Count(p => p.Zone == Zone.Rural),
            listed.Count(p => p.Zone == Zone.PeriUrban),
            listed.Count(p => p.Zone == Zone.Urban)));
    }

    public Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<Negotiation>(id);

    public Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(Open().FirstOrDefault(n => n.BuyerId == buyerId && n.ProductId == productId));

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Negotiation>>(
            [.. Open()
                .Where(n => n.BuyerId == personId || n.ArtisanId == personId)
                .OrderByDescending(n => n.OpenedAt)]);

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Negotiation>>([.. Open().Where(n => n.ExpiresAt <= now)]);

    public Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(All<Deal>().FirstOrDefault(deal => deal.NegotiationId == negotiationId));

    public Task<SenderNumber?> GetSenderNumberAsync(string number, CancellationToken cancellationToken = default) =>
        GetAsync<SenderNumber>(number);

    public Task<IReadOnlyList<SenderNumber>> ListSenderNumbersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SenderNumber>>([.. All<SenderNumber>()]);

    public Task<DialogState?> GetDialogStateAsync(string key, CancellationToken cancellationToken = default) =>
        GetAsync<DialogState>(key);

    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

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

        lock (_gate)
        {
            foreach (var entity in changes.Puts)
            {
                var stored = Find(entity.GetType(), entity.Id);
                if ((stored?.Version ?? 0) != entity.Version)
                {
                    Conflicts++;
                    throw new ConcurrencyConflictException(
                        $"{entity.GetType().Name} '{entity.Id}' is at version {stored?.Version ?? 0}, "
                        + $"not {entity.Version}.");
                }
            }

            foreach (var entity in changes.Puts)
            {
                entity.Version++;
                _documents[(entity.GetType(), entity.Id)] = JsonSerializer.Serialize(entity, entity.GetType());
            }

            Commits++;
        }
    }

    /// <summary>Every stored document of one type (copies).</summary>
    public IReadOnlyList<T> All<T>()
        where T : class, IEntity
    {
        lock (_gate)
        {
            return [.. _documents.Where(pair => pair.Key.Type == typeof(T))
                .Select(pair => JsonSerializer.Deserialize<T>(pair.Value)!)];
        }
    }

    /// <summary>Every outbox message, in commit and sequence order of their ids.</summary>
    public IReadOnlyList<OutboxMessage> Outbox() =>
        [.. All<OutboxMessage>().OrderBy(message => message.CreatedAt).ThenBy(message => message.CausedBy)
            .ThenBy(message => message.Sequence)];

    private Task<T?> GetAsync<T>(string id)
        where T : class, IEntity
    {
        lock (_gate)
        {
            return Task.FromResult(Find(typeof(T), id) as T);
        }
    }

    private IEntity? Find(Type type, string id)
    {
        lock (_gate)
        {
            return _documents.TryGetValue((type, id), out var json)
                ? (IEntity?)JsonSerializer.Deserialize(json, type)
                : null;
        }
    }

    private IEnumerable<Negotiation> Open() => All<Negotiation>().Where(n => n.Status == NegotiationStatus.Open);
}
