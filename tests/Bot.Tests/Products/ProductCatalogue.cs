using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Products;

/// <summary>A shop, its artisan and products, as the listing dialog stores them.</summary>
public static class ProductCatalogue
{
    public const string ShopCode = "K7P3Q";
    public const string ArtisanPhone = "+212611111111";
    public const string TwilioPhoto =
        "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/MM1/Media/ME1";

    private static readonly DateTimeOffset Created = DateTimeOffset.UtcNow.AddDays(-1);

    public static Person Artisan() => new()
    {
        Id = ArtisanPhone,
        Language = "ary",
        Role = Role.Artisan,
        CreatedAt = Created,
    };

    public static Shop Shop() => new()
    {
        Id = ShopCode,
        OwnerId = ArtisanPhone,
        DisplayName = "Fatima Poterie",
        Sector = CraftSector.Pottery,
        Zone = Zone.Rural,
        CreatedAt = Created,
    };

    public static Product Product(
        string id = ShopCode + "-1",
        string title = "Tajine peint",
        string? photoUrl = TwilioPhoto,
        ListingStatus status = ListingStatus.Listed) => new()
    {
        Id = id,
        ShopId = ShopCode,
        Title = title,
        PriceMad = 1200,
        Quantity = 2,
        Sector = CraftSector.Pottery,
        Zone = Zone.Rural,
        PhotoUrl = photoUrl,
        PhotoContentType = "image/jpeg",
        Handmade = true,
        Status = status,
        CreatedAt = Created,
        ListedAt = Created,
    };
}
