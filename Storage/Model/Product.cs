namespace SoukPlay.Storage.Model;

/// <summary>A handmade product listed by a shop. Prices are whole dirhams (MAD).</summary>
public sealed class Product : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string ShopId { get; set; } = "";

    public string Title { get; set; } = "";

    public decimal PriceMad { get; set; }

    public int Quantity { get; set; }

    public CraftSector Sector { get; set; }

    public Zone Zone { get; set; }

    /// <summary>The photo as received (a Twilio media URL, or a local URL in local mode).</summary>
    public string? PhotoUrl { get; set; }

    public string? PhotoContentType { get; set; }

    public bool Handmade { get; set; }

    public ListingStatus Status { get; set; }

    /// <summary>Offers below this are declined politely at once.</summary>
    public decimal? FloorPriceMad { get; set; }

    /// <summary>Offers at or above this are accepted at once.</summary>
    public decimal? AcceptPriceMad { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ListedAt { get; set; }
}
