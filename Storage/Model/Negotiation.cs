namespace SoukPlay.Storage.Model;

/// <summary>
/// A buyer's offer on one product and everything that follows it. At most one is open per buyer
/// per product.
/// </summary>
public sealed class Negotiation : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string ProductId { get; set; } = "";

    public string ShopId { get; set; } = "";

    public string BuyerId { get; set; } = "";

    public string ArtisanId { get; set; } = "";

    public NegotiationStatus Status { get; set; }

    /// <summary>The amount on the table: the last offer or counter-offer.</summary>
    public decimal AmountMad { get; set; }

    /// <summary>Who made the last offer or counter-offer; the other side is expected to answer.</summary>
    public Party AwaitingAnswerFrom { get; set; }

    public List<NegotiationMove> Moves { get; set; } = [];

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
