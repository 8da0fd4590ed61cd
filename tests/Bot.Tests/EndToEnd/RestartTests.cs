namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>The host stops and starts again over the same LiteDB file in the middle of a negotiation.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Restart_BetweenEveryMoveOfANegotiation_CarriesOnWhereItWas()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.BuyerOpensShopAsync(code);
        _market.Restart();

        (await _market.BuyerSaysAsync("250")).Single().Body.Should().Contain("Your offer of 250 MAD");
        (await _market.NextSentAsync(1)).Single().Form["To"].Should().Be(Marketplace.ArtisanAddress);
        _market.Restart();

        (await _market.ArtisanSaysAsync("2")).Single().Body.Should().Be("🔁 Tajine bleu : votre prix, en MAD ?");
        _market.Restart();

        (await _market.ArtisanSaysAsync("280")).Single().Body.Should().Contain("Votre prix de 280 MAD");
        var counter = (await _market.NextSentAsync(1)).Single();
        counter.Form["To"].Should().Be(Marketplace.BuyerAddress);
        counter.Form["Body"].Should().Contain("280 MAD for Tajine bleu");
        _market.Restart();

        (await _market.BuyerSaysAsync("1")).Single().Body
            .Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 280 MAD.\n💱 280 MAD (≈");
        (await _market.NextSentAsync(1)).Single().Form["Body"]
            .Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 280 MAD.\n🧾 Marché n° ");
        (await _market.Store.ListProductsAsync(code)).Single().Quantity.Should().Be(1);
        (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().BeEmpty();
    }

    [Fact]
    public async Task Restart_MessageRedeliveredAfterRestart_IsStillACopy()
    {
        await _market.OpenShopAsync();
        var form = _market.Artisan.Form("1");
        (await Phone.ReadRepliesAsync(await _market.Client.SendAsync(Support.TwilioRequests.Post(form))))
            .Single().Body.Should().Contain("photo");
        _market.Restart();

        var again = await Phone.ReadRepliesAsync(await _market.Client.SendAsync(Support.TwilioRequests.Post(form)));

        again.Should().BeEmpty("the claim on the MessageSid is in the file and survives the restart");
        (await _market.ArtisanSaysAsync("", _market.PhotoUrl)).Single().Body.Should().Contain("nom du produit");
    }
}
