using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// Two hosts on one real PostgreSQL database, as behind a load balancer: the artisan's messages
/// reach one, the buyer's the other, both hosts' senders drain the one outbox, and a message that
/// Twilio delivers to both is handled once.
/// </summary>
public sealed class PostgreSqlHostsTests : IDisposable
{
    private readonly TestDatabase? _database;
    private readonly Marketplace? _market;
    private readonly MarketHost? _otherHost;
    private readonly HttpClient? _otherClient;

    public PostgreSqlHostsTests()
    {
        if (PostgreSqlServer.Instance.UnavailableReason is not null)
        {
            return;
        }

        _database = PostgreSqlServer.Instance.CreateDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Engine"] = "PostgreSql",
            ["Storage:PostgreSql:ConnectionString"] = _database.ConnectionString,
        };
        _market = new Marketplace(settings);
        _otherHost = new MarketHost(_market.Database.FilePath, _market.Twilio.Url, settings).Started();
        _otherClient = _otherHost.CreateClient();
    }

    private Marketplace Market => _market ?? throw new InvalidOperationException("skipped");

    public void Dispose()
    {
        _otherClient?.Dispose();
        _otherHost?.Dispose();
        _market?.Dispose();
        _database?.Dispose();
    }

    [SkippableFact]
    public async Task Story_ArtisanOnOneHostBuyerOnTheOther_DealRecordedOnceAndEveryMessageSentOnce()
    {
        Skip.If(_database is null, PostgreSqlServer.Instance.UnavailableReason);
        var code = await Market.OpenShopAsync();
        await Market.ListTajineAsync(code);

        (await BuyerSaysAsync(code)).Single().Body.Should().Contain("Choose your language");
        (await BuyerSaysAsync("English")).Select(r => r.Body)
            .Should().Contain($"🏪 Welcome to {Marketplace.ShopName}!");
        (await BuyerSaysAsync("1")).Single().Body.Should().Contain("how much do you offer");
        (await BuyerSaysAsync("250")).Single().Body.Should().Contain("Your offer of 250 MAD");
        var offer = (await Market.NextSentAsync(1)).Single();
        offer.Form["To"].Should().Be(Marketplace.ArtisanAddress);
        offer.Form["Body"].Should().Contain("250 MAD");
        var storeOfTheOtherHost = _otherHost!.Services.GetRequiredService<IMarketStore>();
        var negotiationId = (await storeOfTheOtherHost.GetPersonAsync(Marketplace.BuyerAddress))!.FocusNegotiationId;
        negotiationId.Should().NotBeNull("the offer opened a negotiation");

        (await Market.ArtisanSaysAsync("1")).Should().NotBeEmpty();
        var told = (await Market.NextSentAsync(1)).Single();
        told.Form["To"].Should().Be(Marketplace.BuyerAddress);
        told.Form["Body"].Should().Contain("250 MAD");
        await Market.NothingMoreSentAsync();

        var deal = await storeOfTheOtherHost.FindDealByNegotiationAsync(negotiationId!);
        deal.Should().NotBeNull("the deal made on one host is seen by the other");
        deal!.PriceMad.Should().Be(250);
        (await storeOfTheOtherHost.ListProductsAsync(code)).Single().Quantity
            .Should().Be(1, "one tajine of two is sold");
        Market.Twilio.Requests().Select(r => r.Form["Body"])
            .Should().OnlyHaveUniqueItems("each message went out once");
    }

    [SkippableFact]
    public async Task Webhook_SameMessageDeliveredToBothHostsAtOnce_HandledOnce()
    {
        Skip.If(_database is null, PostgreSqlServer.Instance.UnavailableReason);
        var form = Market.Artisan.Form("salam", messageSid: "SM" + new string('7', 32));

        var answers = await Task.WhenAll(
            PostAsync(Market.Client, form),
            PostAsync(_otherClient!, form));

        answers.Select(replies => replies.Count).Should()
            .BeEquivalentTo([1, 0], "one host answers, the other sees a duplicate");
        answers.SelectMany(replies => replies).Single().Body.Should().Contain("Choose your language");
        var outbox = _otherHost!.Services.GetRequiredService<IOutboxStore>();
        (await outbox.ListForPersonAsync(Market.Artisan.Number)).Should().ContainSingle();
    }

    private Task<IReadOnlyList<TwimlReply>> BuyerSaysAsync(string text) =>
        Market.Buyer.SendAsync(_otherClient!, text);

    private static async Task<IReadOnlyList<TwimlReply>> PostAsync(
        HttpClient client,
        Dictionary<string, string> form)
    {
        using var response = await client.SendAsync(TwilioRequests.Post(form));
        return await Phone.ReadRepliesAsync(response);
    }
}
