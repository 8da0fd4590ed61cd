namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// Through the real host and signed Twilio webhooks: an offer above the asking price is confirmed
/// first, and after a deal the two arrange payment and delivery through the bot until one ends it.
/// </summary>
public sealed class DealStoryTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Story_OfferTenTimesTheAskingPrice_WarnedInEurosNothingSentThenAskingPriceOffered()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.BuyerOpensShopAsync(code);
        await _market.NothingMoreSentAsync();

        var warning = (await _market.BuyerSaysAsync("3000")).Single().Body;

        warning.Should().StartWith("⚠️ Tajine bleu: you offer 3,000 MAD (≈")
            .And.Contain("€").And.Contain("but its price is 300 MAD (≈").And.Contain("1️⃣ 🏷️ Offer the price");
        await _market.NothingMoreSentAsync();
        (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().BeEmpty();

        (await _market.BuyerSaysAsync("1")).Single().Body.Should().StartWith("📨 Your offer of 300 MAD");
        (await _market.NextSentAsync(1)).Single().Form["Body"].Should().Contain("Un acheteur propose 300 MAD");
    }

    [Fact]
    public async Task Story_DealThenBothArrangeDelivery_RelayedUntilTheArtisanEndsIt()
    {
        await _market.OpenNegotiationAsync();

        var toArtisan = (await _market.ArtisanSaysAsync("1"))[0].Body;
        var toBuyer = (await _market.NextSentAsync(1)).Single().Form["Body"];
        var negotiationId = (await _market.Store.GetPersonAsync(Marketplace.BuyerAddress))!.FocusNegotiationId!;
        var deal = (await _market.Store.FindDealByNegotiationAsync(negotiationId))!;
        toArtisan.Should().Contain($"🧾 Marché n° {deal.Number}").And.Contain("ne prend aucun paiement");
        toBuyer.Should().Contain($"🧾 Deal no. {deal.Number}").And.Contain("takes no payment and ships nothing");

        (await _market.BuyerSaysAsync("Where do I send the money?")).Single().Body
            .Should().Be("✅ Passed on. 9️⃣ End this chat · 0️⃣ Menu");
        (await _market.NextSentAsync(1)).Single().Form["Body"].Should().Contain("Where do I send the money?");

        var ended = await _market.ArtisanSaysAsync("9");
        ended[0].Body.Should().StartWith($"🔚 La discussion du marché n° {deal.Number} (Tajine bleu) est fermée.");
        ended.Should().HaveCount(2).And.Subject.Last().Body.Should().Contain("1️⃣", "the menu below comes back");
        (await _market.NextSentAsync(1)).Single().Form["Body"]
            .Should().Be($"🔚 Atelier Fatima ended the chat for deal no. {deal.Number} (Tajine bleu).");
        (await _market.Store.FindDealByNegotiationAsync(negotiationId))!.ChatUntil.Should().BeBefore(deal.ChatUntil);
    }
}
