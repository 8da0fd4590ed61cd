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
}
