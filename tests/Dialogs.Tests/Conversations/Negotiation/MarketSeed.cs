using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// An artisan with a shop of two products, stored directly (the artisan's own dialogs are not
/// needed), and the phones of the people who talk to it.
/// </summary>
public static class MarketSeed
{
    public const string ArtisanPhone = "+212661234567";
    public const string BuyerPhone = "+447700900123";
    public const string ShopCode = "K7P3Q";
    public const string ShopName = "Atelier Fatima";
    public const string TajineId = "K7P3Q-1";
    public const string CarpetId = "K7P3Q-2";
    public const string TajinePhoto = "http://127.0.0.1:9/media/tajine.jpg";
    public const string CarpetPhoto = "http://127.0.0.1:9/media/tapis.jpg";
    public const string ShopNumber = "+212522111111";

    /// <summary>
    /// Stores the artisan (French), the shop, a tajine at 300 MAD (2 in stock, no floor or accept
    /// price) and a carpet at 1200 MAD (floor 800, accept at 1100).
    /// </summary>
    public static async Task SeedAsync(TestFlow flow, string artisanLanguage = "fr")
    {
        ArgumentNullException.ThrowIfNull(flow);

        var changes = new ChangeSet()
            .Put(new Person
            {
                Id = ArtisanPhone,
                Language = artisanLanguage,
                Role = Role.Artisan,
                LastChannel = Channel.WhatsApp,
                LastBotNumber = TestFlow.BotNumber,
                ProfileName = "Fatima Zahra",
            })
            .Put(new Shop { Id = ShopCode, OwnerId = ArtisanPhone, DisplayName = ShopName, Zone = Zone.Rural })
            .Put(Product(TajineId, "Tajine bleu", 300, TajinePhoto))
            .Put(Product(CarpetId, "Tapis rouge", 1200, CarpetPhoto, floor: 800, accept: 1100));
        await flow.Store.CommitAsync(changes);
    }

    /// <summary>Stores a returning buyer who already chose <paramref name="language"/>.</summary>
    public static async Task SeedBuyerAsync(TestFlow flow, string language = "en", string phone = BuyerPhone)
    {
        ArgumentNullException.ThrowIfNull(flow);

        await flow.Store.CommitAsync(new ChangeSet().Put(new Person
        {
            Id = phone,
            Language = language,
            Role = Role.Buyer,
            LastChannel = Channel.Sms,
            LastBotNumber = TestFlow.BotNumber,
        }));
    }

    /// <summary>A returning buyer, in the shop, offers <paramref name="amount"/> for the tajine.</summary>
    public static async Task OfferForTajineAsync(TestFlow flow, string amount = "250", string phone = BuyerPhone)
    {
        ArgumentNullException.ThrowIfNull(flow);

        await flow.Send(phone, ShopCode);
        await flow.Send(phone, "1");
        await flow.Send(phone, amount);
    }

    public static Product Product(
        string id,
        string title,
        decimal price,
        string photo,
        decimal? floor = null,
        decimal? accept = null) => new()
    {
        Id = id,
        ShopId = ShopCode,
        Title = title,
        PriceMad = price,
        Quantity = 2,
        Zone = Zone.Rural,
        PhotoUrl = photo,
        PhotoContentType = "image/jpeg",
        Handmade = true,
        Status = ListingStatus.Listed,
        FloorPriceMad = floor,
        AcceptPriceMad = accept,
    };
}
