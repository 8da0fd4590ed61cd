using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Market;

/// <summary>
/// The small market the background-job tests start from: Atelier Fatima (artisan on WhatsApp, in
/// French) with one blue tajine at 300 MAD, and an English buyer on SMS.
/// </summary>
internal static class TajineMarket
{
    public const string BotNumber = "+212522000000";
    public const string ArtisanPhone = "+212661234567";
    public const string BuyerPhone = "+447700900123";

    public static Person Artisan(string? profileName = null) =>
        Person(ArtisanPhone, "fr", Role.Artisan, Channel.WhatsApp, profileName);

    public static Person Buyer(string? profileName = null) =>
        Person(BuyerPhone, "en", Role.Buyer, Channel.Sms, profileName);

    /// <summary>Commits the shop and its tajine; returns the tajine.</summary>
    public static async Task<Product> SeedAsync(IMarketStore store)
    {
        var product = new Product
        {
            Id = "K7P3Q-1",
            ShopId = "K7P3Q",
            Title = "Tajine bleu",
            PriceMad = 300,
            Quantity = 1,
            Handmade = true,
            Status = ListingStatus.Listed,
        };
        await store.CommitAsync(new ChangeSet()
            .Put(new Shop { Id = "K7P3Q", OwnerId = ArtisanPhone, DisplayName = "Atelier Fatima" })
            .Put(product));
        return product;
    }

    private static Person Person(string phone, string language, Role role, Channel channel, string? profileName) =>
        new()
        {
            Id = phone,
            Language = language,
            Role = role,
            LastChannel = channel,
            LastBotNumber = BotNumber,
            ProfileName = profileName,
        };
}
