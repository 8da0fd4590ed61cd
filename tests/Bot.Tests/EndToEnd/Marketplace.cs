using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// A running marketplace for end-to-end tests: a real LiteDB file in a temp folder, a fake Twilio
/// REST API on loopback, the real host over both, and the phones of an artisan (WhatsApp) and a
/// buyer (SMS). The steps of the story every test shares are here; each checks it moved on.
/// </summary>
public sealed partial class Marketplace : IDisposable
{
    public const string ArtisanAddress = "whatsapp:+212612345678";
    public const string BuyerAddress = "+33612345678";
    public const string ShopName = "Atelier Fatima";
    public const string ProductTitle = "Tajine bleu";

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private int _seenRequests;

    public Marketplace(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _clock = clock;
        Twilio = new FakeTwilioApi().AcceptingMessages();
        Host = Start();
        Client = Host.CreateClient();
    }

    public TempDatabase Database { get; } = new("souk.db");

    public FakeTwilioApi Twilio { get; }

    public MarketHost Host { get; private set; }

    public HttpClient Client { get; private set; }

    public Phone Artisan { get; } = new(ArtisanAddress, MarketHost.PlatformNumber, "Fatima");

    public Phone Buyer { get; } = new(BuyerAddress, MarketHost.PlatformNumber);

    /// <summary>The photo the artisan sends, at an address shaped like Twilio's media.</summary>
    public string PhotoUrl { get; } = Phone.TwilioMediaUrl("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

    public IMarketStore Store => Host.Services.GetRequiredService<IMarketStore>();

    public IOutboxStore Outbox => Host.Services.GetRequiredService<IOutboxStore>();

    /// <summary>Stops the host (as a deployment or a crash would) and starts a new one on the same file.</summary>
    public void Restart(IDictionary<string, string?>? moreSettings = null)
    {
        foreach (var (key, value) in moreSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        Client.Dispose();
        Host.Dispose();
        Host = Start();
        Client = Host.CreateClient();
    }

    public Task<IReadOnlyList<TwimlReply>> ArtisanSaysAsync(string text, string? photoUrl = null) =>
        Artisan.SendAsync(Client, text, photoUrl);

    public Task<IReadOnlyList<TwimlReply>> BuyerSaysAsync(string text) => Buyer.SendAsync(Client, text);

    /// <summary>
    /// Waits (bounded) until the fake Twilio API received <paramref name="count"/> more messages
    /// than were already taken, and returns those.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedTwilioRequest>> NextSentAsync(int count)
    {
        await Twilio.WaitForRequestsAsync(_seenRequests + count);
        var all = Twilio.Requests();
        var next = all.Skip(_seenRequests).ToList();
        _seenRequests = all.Count;
        next.Should().HaveCount(count, "exactly these messages should have gone out by REST");
        return next;
    }

    /// <summary>Checks nothing more went out by REST, waiting a few outbox polls to be sure.</summary>
    public async Task NothingMoreSentAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        Twilio.Requests().Skip(_seenRequests).Should().BeEmpty("no message for anyone else was owed");
    }

    /// <summary>The artisan's first contact, in French, up to the sector menu.</summary>
    public async Task OnboardArtisanAsync()
    {
        (await ArtisanSaysAsync("salam")).Should().ContainSingle()
            .Which.Body.Should().Contain("Choose your language");
        (await ArtisanSaysAsync("1")).Select(r => r.Body).Should().Contain(b => b.Contains("on parle français"));
        (await ArtisanSaysAsync("1")).Select(r => r.Body).Should().Contain(b => b.Contains("Quel est votre métier"));
    }

    /// <summary>Onboards the artisan and opens the shop; returns the shop's code.</summary>
    public async Task<string> OpenShopAsync()
    {
        await OnboardArtisanAsync();
        (await ArtisanSaysAsync("1")).Single().Body.Should().Contain("Où travaillez-vous");
        (await ArtisanSaysAsync("1")).Single().Body.Should().Contain("Quel nom voient les acheteurs");

        var opened = await ArtisanSaysAsync(ShopName);
        opened.Should().HaveCount(2);
        opened[0].Body.Should().Contain($"« {ShopName} » est ouverte");
        opened[1].Body.Should().Contain("Que voulez-vous faire");
        var code = ShopCode().Match(opened[0].Body).Groups["code"].Value;
        code.Should().MatchRegex("^[2-9A-HJKMNP-Z]{5}$");
        return code;
    }

    /// <summary>From the artisan's menu, lists the tajine with a photo: 300 MAD, 2 in stock, handmade.</summary>
    public async Task ListTajineAsync(string code)
    {
        (await ArtisanSaysAsync("1")).Single().Body.Should().Be("📸 Envoyez une photo de votre produit.");
        (await ArtisanSaysAsync("", PhotoUrl)).Single().Body.Should().Contain("Quel est le nom du produit");
        (await ArtisanSaysAsync(ProductTitle)).Single().Body.Should().Contain("Quel prix en dirhams");
        (await ArtisanSaysAsync("300")).Single().Body.Should().Contain("Combien en avez-vous");
        (await ArtisanSaysAsync("2")).Single().Body.Should().Contain("fait à la main");

        var listed = await ArtisanSaysAsync("1");
        listed[0].Body.Should().Be($"✅ En vente !\n🏷️ {ProductTitle}\n💰 300 MAD · 📦 2\n🔑 Boutique {code}");
        listed[0].Media.Should().Equal(PhotoUrl);
    }

    /// <summary>
    /// The buyer, new, sends the code, picks English, sees the shop and picks the tajine. The buyer
    /// writes by SMS from France, where Twilio delivers no MMS: the photo comes as a page link.
    /// </summary>
    public async Task BuyerOpensShopAsync(string code)
    {
        (await BuyerSaysAsync(code)).Single().Body.Should().Contain("Choose your language");

        var shop = await BuyerSaysAsync("English");
        shop.Select(r => r.Body).Should().Contain($"🏪 Welcome to {ShopName}!");
        var item = shop.Single(r => r.Body.StartsWith($"1️⃣ {ProductTitle} — 300 MAD", StringComparison.Ordinal));
        item.Media.Should().BeEmpty();
        item.Body.Should().EndWith($"\n📷 {BotHost.PublicBaseUrl}/p/{code}-1?lang=en");
        shop[^1].Body.Should().Contain("Which one");

        (await BuyerSaysAsync("1")).Single().Body
            .Should().Be($"💰 {ProductTitle} (300 MAD): how much do you offer, in MAD?");
    }

    /// <summary>The whole way to an open offer of 250 MAD, with the artisan's notice taken.</summary>
    public async Task<ReceivedTwilioRequest> OpenNegotiationAsync()
    {
        var code = await OpenShopAsync();
        await ListTajineAsync(code);
        await BuyerOpensShopAsync(code);
        (await BuyerSaysAsync("250")).Single().Body.Should().Contain("Your offer of 250 MAD");
        return (await NextSentAsync(1)).Single();
    }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
        Twilio.Dispose();
        Database.Dispose();
    }

    private MarketHost Start() => new MarketHost(Database.FilePath, Twilio.Url, _settings, _clock).Started();

    [GeneratedRegex(@"Code : (?<code>[0-9A-Z]{5})")]
    private static partial Regex ShopCode();
}
