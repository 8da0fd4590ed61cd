using System.Text;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>An artisan on WhatsApp and a buyer on SMS complete a sale through the real host.</summary>
public sealed class MarketplaceStoryTests : IDisposable
{
    private static readonly string BasicAuth =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BotHost.AccountSid}:{BotHost.AuthToken}"));

    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Story_ArtisanListsBuyerOffersArtisanCountersBuyerAccepts_DealRecordedBothToldByTheirChannel()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.BuyerOpensShopAsync(code);
        await _market.NothingMoreSentAsync();

        var offered = await _market.BuyerSaysAsync("250");
        offered.Single().Body.Should().StartWith("📨 Your offer of 250 MAD for Tajine bleu is sent to Atelier Fatima.");
        var offer = (await _market.NextSentAsync(1)).Single();
        offer.Path.Should().Be(FakeTwilioApi.MessagesPath);
        offer.Authorization.Should().Be(BasicAuth);
        offer.Form["To"].Should().Be(Marketplace.ArtisanAddress);
        offer.Form["From"].Should().Be("whatsapp:" + MarketHost.PlatformNumber);
        offer.Form["Body"].Should().Contain("Un acheteur propose 250 MAD pour Tajine bleu (votre prix : 300 MAD)")
            .And.Contain("1️⃣ ✅ Accepter").And.Contain("2️⃣ 🔁 Proposer un autre prix").And.Contain("3️⃣ ❌ Refuser");
        offer.Form["MediaUrl"].Should().Be(_market.PhotoUrl);
        offer.Form["StatusCallback"].Should().Be(BotHost.PublicBaseUrl + "/twilio/status");
        var negotiationId = (await _market.Store.GetPersonAsync(Marketplace.BuyerAddress))!.FocusNegotiationId;
        negotiationId.Should().NotBeNull("the offer should have opened a negotiation");

        (await _market.ArtisanSaysAsync("2")).Single().Body.Should().Be("🔁 Tajine bleu : votre prix, en MAD ?");
        (await _market.ArtisanSaysAsync("280")).Single().Body
            .Should().StartWith("📨 Votre prix de 280 MAD pour Tajine bleu est envoyé.");
        var counter = (await _market.NextSentAsync(1)).Single();
        counter.Path.Should().Be(FakeTwilioApi.MessagesPath);
        counter.Authorization.Should().Be(BasicAuth);
        counter.Form["To"].Should().Be(Marketplace.BuyerAddress);
        counter.Form["From"].Should().Be(MarketHost.PlatformNumber);
        counter.Form["Body"].Should().StartWith("🔁 Atelier Fatima answers: 280 MAD for Tajine bleu.")
            .And.Contain("1️⃣ ✅ Accept");

        (await _market.BuyerSaysAsync("1")).Single().Body
            .Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 280 MAD.\n💱 280 MAD (≈");
        var deal = (await _market.NextSentAsync(1)).Single();
        deal.Form["To"].Should().Be(Marketplace.ArtisanAddress);
        deal.Form["From"].Should().Be("whatsapp:" + MarketHost.PlatformNumber);
        deal.Form["Body"].Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 280 MAD.\n🧾 Marché n° ");
        await _market.NothingMoreSentAsync();
        _market.Twilio.Requests().Should().HaveCount(3).And.OnlyContain(r => r.Path == FakeTwilioApi.MessagesPath);

        var product = (await _market.Store.ListProductsAsync(code)).Single();
        product.Quantity.Should().Be(1);
        (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().BeEmpty();
        (await _market.Store.GetNegotiationAsync(negotiationId!))!.Status.Should().Be(NegotiationStatus.Accepted);
        var recorded = await _market.Store.FindDealByNegotiationAsync(negotiationId!);
        recorded!.PriceMad.Should().Be(280);
        recorded.BuyerId.Should().Be(Marketplace.BuyerAddress);
    }

    [Fact]
    public async Task Story_EveryMessageToTheOtherSide_CarriesNeitherPhoneNumber()
    {
        await _market.OpenNegotiationAsync();
        await _market.BuyerSaysAsync("Is it made by hand? My number is in my profile");
        await _market.ArtisanSaysAsync("Oui, par moi");
        await _market.ArtisanSaysAsync("2");
        await _market.ArtisanSaysAsync("280");
        await _market.BuyerSaysAsync("1");
        await _market.NextSentAsync(4);

        var digitsOf = new[] { "212612345678", "612345678", "33612345678" };
        _market.Twilio.Requests().Should().HaveCount(5)
            .And.OnlyContain(r => digitsOf.All(d => !r.Form["Body"].Contains(d, StringComparison.Ordinal)));
    }
}
