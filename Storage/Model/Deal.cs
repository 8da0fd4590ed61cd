namespace SoukPlay.Storage.Model;

/// <summary>An agreed sale, recorded when either side accepts.</summary>
public sealed class Deal : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string NegotiationId { get; set; } = "";

    public string ProductId { get; set; } = "";

    public string ShopId { get; set; } = "";

    public string BuyerId { get; set; } = "";

    public decimal PriceMad { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>
    /// The short number both sides see ("482-913"), to speak of the deal with each other; it is
    /// made from the deal's id and is not guaranteed unique across the marketplace.
    /// </summary>
    public string Number { get; set; } = "";

    /// <summary>
    /// Until when what the buyer and the artisan write is still passed between them (to arrange
    /// payment and delivery); set to the moment either side ends that chat.
    /// </summary>
    public DateTimeOffset ChatUntil { get; set; }

    /// <summary>
    /// Whether both sides were told that the chat is over: at once when either ends it, else by
    /// the background job once <see cref="ChatUntil"/> has passed. Deals stored before this field
    /// existed have none and are never announced (both engines leave them out of the query).
    /// </summary>
    public bool ChatEndTold { get; set; }
}
