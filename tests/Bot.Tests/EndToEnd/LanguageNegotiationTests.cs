using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Bot.Tests.Translation;
using SoukPlay.Dialogs.Language;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// Issue 3, end to end: a buyer on a Spanish number who writes Spanish by SMS and an artisan who
/// writes Darija in Latin letters on WhatsApp agree on a price through the real host (signed
/// Twilio webhooks, a LiteDB file, the real turn processor with language detection) while a
/// fake Twilio REST API on loopback records what each of them receives.
/// </summary>
public sealed class LanguageNegotiationTests : IDisposable
{
    private const string Buyer = "+34612345678";
    private const string Artisan = "+212612345678";
    private const string BotNumber = "+212522000111";
    private const string ShopCode = "K7P3Q";
    private const string Note = "cambio del 2026-12-01";

    private readonly string _folder = Directory.CreateTempSubdirectory("soukplay-lang-").FullName;
    private readonly FakeTwilioApi _twilio = new FakeTwilioApi().AcceptingMessages();
    private readonly WireMockServer _llm = LoopbackServer.Start();
    private readonly Dictionary<string, List<string>> _inline = new() { [Buyer] = [], [Artisan] = [] };
    private WebApplicationFactory<Program>? _host;
    private int _messages;

    public void Dispose()
    {
        _host?.Dispose();
        _twilio.Dispose();
        _llm.Stop();
        _llm.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Negotiation_SpanishBuyerAndArabiziArtisan_AgreeWithGlossaryAndEuros()
    {
        await StartAsync(new());

        await BuyerSays(ShopCode);
        await ExpectBuyerGetsAsync("1️⃣ Tajine bleu — 300 MAD (≈ 28 €, " + Note + ")");
        await BuyerSays("1");
        await BuyerSays("€25");
        await ExpectBuyerGetsAsync("💱 272 MAD (≈ 25 €, " + Note + ")");
        await ExpectArtisanGetsAsync("272 dh");

        await BuyerSays("¿Cuánto cuesta el envío?");
        var relayed = await ExpectArtisanGetsAsync("chhal tawsil?");
        relayed.Should().StartWith("💬 [Atelier Fatima · Tajine bleu]").And.NotContain("envío");

        await ArtisanSays("akhir taman 280");
        (await ExpectBuyerGetsAsync("último precio"))
            .Should().Be("💬 [Atelier Fatima · Tajine bleu] último precio 280");
        await BuyerSays("original");
        await ExpectBuyerGetsAsync("akhir taman 280");

        await ArtisanSays("2");
        await ArtisanSays("280");
        await ExpectBuyerGetsAsync("💱 280 MAD (≈ 26 €, " + Note + ")");
        await BuyerSays("1");
        await ExpectBuyerGetsAsync("🤝");
        (await ExpectArtisanGetsAsync("🤝")).Should().Contain("280").And.NotContain("€");

        var store = _host!.Services.GetRequiredService<IMarketStore>();
        (await store.ListOpenNegotiationsAsync(Buyer)).Should().BeEmpty();
        (await store.GetProductAsync(ShopCode + "-1"))!.Quantity.Should().Be(1);
        _twilio.Requests().Where(r => r.Form["To"] == Buyer).Should().NotContain(r => r.Form["Body"].Contains(Artisan));
    }

    [Fact]
    public async Task Relay_LlmProvider_PromptCarriesPlaceholdersAndAnswerIsRestored()
    {
        _llm.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(Completion("wakha, n9der n3tik ⟦0⟧ b ⟦1⟧ 🙂")));
        await StartAsync(new()
        {
            ["Translation:Provider"] = "llm",
            ["Translation:Llm:Endpoint"] = _llm.Urls[0] + "/v1",
            ["Translation:Llm:Model"] = "qwen2.5:7b",
            ["Translation:Llm:Timeout"] = "00:00:03",
        });
        await BuyerSays(ShopCode);
        await BuyerSays("1");
        await BuyerSays("250");
        await ExpectArtisanGetsAsync("250 dh");

        await BuyerSays("Vale, puedo pagar el Tajine bleu a 260 euros");

        var relayed = await ExpectArtisanGetsAsync("n9der n3tik");
        relayed.Should().EndWith("wakha, n9der n3tik Tajine bleu b 260 euros 🙂");
        var prompt = _llm.LogEntries.Should().ContainSingle().Subject.RequestMessage.Body!;
        using var body = JsonDocument.Parse(prompt);
        var user = body.RootElement.GetProperty("messages")[1].GetProperty("content").ToString();
        user.Should().Contain("Vale, puedo pagar el ⟦0⟧ a ⟦1⟧").And.NotContain("Tajine").And.NotContain("260");
    }

    private async Task StartAsync(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Path.Combine(_folder, "soukplay.db"),
            ["Twilio:AccountSid"] = BotHost.AccountSid,
            ["Twilio:AuthToken"] = BotHost.AuthToken,
            ["Twilio:PublicBaseUrl"] = BotHost.PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = _twilio.Url,
            ["Twilio:PlatformNumber"] = BotNumber,
            ["Twilio:InlineReplyBudget"] = "00:00:05",
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:RetryDelay"] = "00:00:00.050",
            ["Currency:Rates:EUR"] = "0.092",
            ["Currency:RatesDate"] = "2026-12-01",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");

            // Host settings, unlike added configuration sources, are seen while Program registers
            // services (the translation provider is chosen there).
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }
        });
        _ = _host.Services.GetRequiredService<LinguaModel>();
        await SeedAsync(_host.Services.GetRequiredService<IMarketStore>());
    }

    private static async Task SeedAsync(IMarketStore store)
    {
        var changes = new ChangeSet()
            .Put(new Person
            {
                Id = Artisan,
                Language = LanguageCodes.Arabizi,
                Role = Role.Artisan,
                LastChannel = Channel.WhatsApp,
                LastBotNumber = BotNumber,
                ProfileName = "Fatima",
            })
            .Put(new Person
            {
                Id = Buyer,
                Language = LanguageCodes.Spanish,
                Role = Role.Buyer,
                LastChannel = Channel.Sms,
                LastBotNumber = BotNumber,
            })
            .Put(new Shop { Id = ShopCode, OwnerId = Artisan, DisplayName = "Atelier Fatima", Zone = Zone.Rural })
            .Put(new Product
            {
                Id = ShopCode + "-1",
                ShopId = ShopCode,
                Title = "Tajine bleu",
                PriceMad = 300,
                Quantity = 2,
                Zone = Zone.Rural,
                Handmade = true,
                Status = ListingStatus.Listed,
            });
        await store.CommitAsync(changes);
    }

    private Task BuyerSays(string text) => PostAsync(Buyer, new Dictionary<string, string>
    {
        ["MessageSid"] = NextSid(),
        ["AccountSid"] = BotHost.AccountSid,
        ["From"] = Buyer,
        ["To"] = BotNumber,
        ["Body"] = text,
        ["NumMedia"] = "0",
        ["FromCountry"] = "ES",
        ["ApiVersion"] = "2010-04-01",
    });

    private Task ArtisanSays(string text) => PostAsync(Artisan, new Dictionary<string, string>
    {
        ["MessageSid"] = NextSid(),
        ["AccountSid"] = BotHost.AccountSid,
        ["From"] = "whatsapp:" + Artisan,
        ["To"] = "whatsapp:" + BotNumber,
        ["Body"] = text,
        ["NumMedia"] = "0",
        ["ProfileName"] = "Fatima",
        ["WaId"] = Artisan.TrimStart('+'),
        ["ApiVersion"] = "2010-04-01",
    });

    /// <summary>Posts a signed webhook and keeps the replies that came back inline (TwiML).</summary>
    private async Task PostAsync(string from, Dictionary<string, string> form)
    {
        var response = await _host!.CreateClient().SendAsync(TwilioRequests.Post(form));
        foreach (var message in await TwimlAssert.MessagesAsync(response))
        {
            _inline[from].Add(message.Element(XName.Get("Body", message.Name.NamespaceName))?.Value ?? message.Value);
        }
    }

    private Task<string> ExpectBuyerGetsAsync(string part) => ExpectAsync(Buyer, Buyer, part);

    private Task<string> ExpectArtisanGetsAsync(string part) => ExpectAsync(Artisan, "whatsapp:" + Artisan, part);

    /// <summary>
    /// The last message <paramref name="person"/> got that contains <paramref name="part"/>: inline
    /// or, for late replies and messages to the other side, through the Twilio REST API.
    /// </summary>
    private async Task<string> ExpectAsync(string person, string to, string part)
    {
        var bodies = await Eventually.GetAsync(
            () => _inline[person].Concat(_twilio.Requests().Where(r => r.Form["To"] == to).Select(r => r.Form["Body"]))
                .Where(body => body.Contains(part, StringComparison.Ordinal)).ToList(),
            found => found.Count > 0,
            $"a message to {to} containing \"{part}\"");
        return bodies[^1];
    }

    private string NextSid() => $"SM{Interlocked.Increment(ref _messages):D32}";

    private static string Completion(string text) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1764800000,
        model = "qwen2.5:7b",
        choices = new[]
        {
            new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" },
        },
        usage = new { prompt_tokens = 120, completion_tokens = 12, total_tokens = 132 },
    });
}
