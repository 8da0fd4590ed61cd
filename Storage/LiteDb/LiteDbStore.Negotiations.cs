using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>Negotiations and deals.</summary>
public sealed partial class LiteDbStore
{
    public Task<Negotiation?> GetNegotiationAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Negotiation>(id, cancellationToken);

    public Task<Negotiation?> FindOpenNegotiationAsync(
        string buyerId,
        string productId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buyerId);
        ArgumentNullException.ThrowIfNull(productId);

        return RunAsync<Negotiation?>(
            () => Collection<Negotiation>()
                .Query()
                .Where("$.BuyerId = @0", buyerId)
                .Where("$.ProductId = @0", productId)
                .Where("$.Status = @0", Bson(NegotiationStatus.Open))
                .FirstOrDefault(),
            cancellationToken);
    }

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        // Two indexed lookups rather than an OR, which LiteDB 5 answers with a full scan.
        return RunAsync<IReadOnlyList<Negotiation>>(
            () => [
                .. OpenNegotiationsWhere("$.BuyerId = @0", personId)
                    .Concat(OpenNegotiationsWhere("$.ArtisanId = @0", personId))
                    .DistinctBy(negotiation => negotiation.Id)
                    .OrderByDescending(negotiation => negotiation.OpenedAt)
                    .ThenBy(negotiation => negotiation.Id, StringComparer.Ordinal),
            ],
            cancellationToken);
    }

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<Negotiation>>(
            () => [
                .. Collection<Negotiation>()
                    .Query()
                    .Where($"$.ExpiresAt.{UtcTicks} <= @0", now.UtcTicks)
                    .Where("$.Status = @0", Bson(NegotiationStatus.Open))
                    .ToEnumerable()
                    .OrderBy(negotiation => negotiation.ExpiresAt)
                    .ThenBy(negotiation => negotiation.Id, StringComparer.Ordinal),
            ],
            cancellationToken);

    public Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(negotiationId);

        return RunAsync<Deal?>(
            () => Collection<Deal>().Query().Where("$.NegotiationId = @0", negotiationId).FirstOrDefault(),
            cancellationToken);
    }

    private List<Negotiation> OpenNegotiationsWhere(string predicate, string personId) =>
        Collection<Negotiation>()
            .Query()
            .Where(predicate, personId)
            .Where("$.Status = @0", Bson(NegotiationStatus.Open))
            .ToList();
}
