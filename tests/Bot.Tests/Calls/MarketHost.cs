using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Market;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Calls;

/// <summary>
/// The whole host on a real LiteDB file in a temp folder (real turns, real negotiation rules,
/// real outbox), in Development so that loopback fakes may serve media over plain http. Seeds an
/// artisan's shop with a tajine and a buyer's open offer for it.
/// </summary>
public sealed class MarketHost : WebApplicationFactory<Program>
{
    public const string ArtisanPhone = "+212612345678";
    public const string BuyerPhone = "+33612345678";
    public const string ShopNumber = "+212522000111";
    public const string ShopCode = "K7P3Q";
    public const string TajineId = "K7P3Q-1";

    private readonly string _folder = Directory.CreateTempSubdirectory("soukplay-market-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public MarketHost(string twilioApiUrl, IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Path.Combine(_folder, "market.db"),
            // Media only from loopback fakes: a Twilio-shaped photo address must never reach Twilio.
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:AccountSid"] = BotHost.AccountSid,
            ["Twilio:AuthToken"] = BotHost.AuthToken,
            ["Twilio:PublicBaseUrl"] = BotHost.PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = twilioApiUrl,
            ["Twilio:InlineReplyBudget"] = "00:00:10",
            ["Outbox:PollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public IMarketStore Store => Services.GetRequiredService<IMarketStore>();

    /// <summary>
    /// The artisan (in <paramref name="artisanLanguage"/>), the shop, a tajine at 300 MAD, and the
    /// buyer's offer waiting for the artisan's answer.
    /// </summary>
    public async Task<Negotiation> SeedOfferAsync(decimal offer = 250, string artisanLanguage = "fr")
    {
        var artisan = new Person
        {
            Id = ArtisanPhone,
            Language = artisanLanguage,
            Role = Role.Artisan,
            LastChannel = Channel.WhatsApp,
            LastBotNumber = ShopNumber,
        };
        var buyer = new Person
        {
            Id = BuyerPhone,
            Language = "en",
            Role = Role.Buyer,
            LastChannel = Channel.Sms,
            LastBotNumber = ShopNumber,
        };
        var tajine = new Product
        {
            Id = TajineId,
            ShopId = ShopCode,
            Title = "Tajine bleu",
            PriceMad = 300,
            Quantity = 2,
            Zone = Zone.Rural,
            Handmade = true,
            Status = ListingStatus.Listed,
        };
        var shop = new Shop { Id = ShopCode, OwnerId = ArtisanPhone, DisplayName = "Atelier Fatima", Zone = Zone.Rural };
        await Store.CommitAsync(new ChangeSet().Put(artisan).Put(buyer).Put(shop).Put(tajine));

        var changes = new ChangeSet();
        var negotiations = Services.GetRequiredService<NegotiationService>();
        var opened = await negotiations.MakeOfferAsync(buyer, tajine, ArtisanPhone, offer, changes);
        artisan.FocusNegotiationId = opened.Negotiation!.Id;
        await Store.CommitAsync(changes.Put(artisan));
        return opened.Negotiation;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Settings given with UseSetting are seen while Program registers its services (the
        // speech provider is chosen there); ConfigureAppConfiguration comes too late for that.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The database file may still be closing; the temp folder is left for the system.
            }
        }
    }

    /// <summary>Starts the host now, so that a start failure surfaces in the test.</summary>
    public MarketHost Started()
    {
        _ = Services.GetRequiredService<IHost>();
        return this;
    }
}
