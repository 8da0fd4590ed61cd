using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Negotiations and deals.</summary>
public sealed partial class PostgreSqlStore
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

        return FirstAsync<Negotiation>(
            "WHERE buyer_id = @buyer AND product_id = @product AND status = @open ORDER BY id COLLATE \"C\"",
            cancellationToken,
            Parameter("buyer", buyerId),
            Parameter("product", productId),
            Parameter("open", nameof(NegotiationStatus.Open)));
    }

    public Task<IReadOnlyList<Negotiation>> ListOpenNegotiationsAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        return ListAsync<Negotiation>(
            "WHERE (buyer_id = @person OR artisan_id = @person) AND status = @open "
                + "ORDER BY opened_ticks DESC, id COLLATE \"C\"",
            cancellationToken,
            Parameter("person", personId),
            Parameter("open", nameof(NegotiationStatus.Open)));
    }

    public Task<IReadOnlyList<Negotiation>> ListExpiredNegotiationsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ListAsync<Negotiation>(
            "WHERE status = @open AND expires_ticks <= @now ORDER BY expires_ticks, id COLLATE \"C\"",
            cancellationToken,
            Parameter("open", nameof(NegotiationStatus.Open)),
            Parameter("now", now.UtcTicks));

    public Task<Deal?> FindDealByNegotiationAsync(
        string negotiationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(negotiationId);

        return FirstAsync<Deal>(
            "WHERE negotiation_id = @negotiation ORDER BY id COLLATE \"C\"",
            cancellationToken,
            Parameter("negotiation", negotiationId));
    }
}
