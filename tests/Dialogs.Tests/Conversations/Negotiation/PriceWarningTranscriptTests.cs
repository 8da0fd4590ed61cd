using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Language;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// Amounts that would cost their sender money are confirmed with one digit before anything is
/// sent: a buyer's offer above the asking price, and a counter-offer no better than the other
/// side's amount. The tajine is listed at 300 MAD; the English buyer reads MAD, the artisan French.
/// </summary>
public sealed class PriceWarningTranscriptTests : IDisposable
{
    private readonly TestFlow _flow;

    public PriceWarningTranscriptTests()
    {
        _flow = new TestFlow();
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Offer_AboveAskingPrice_WarnedNothingSentThenOneOffersTheAskingPrice()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");

        await _flow.Send(BuyerPhone, "3000")
            .ExpectReply(r =>
            {
                r.Should().StartWith("⚠️ Tajine bleu: you offer 3000 MAD, but its price is 300 MAD.");
                r.Should().Contain("1️⃣ 🏷️ Offer the price")
                    .And.Contain("2️⃣ 💰 Keep my offer")
                    .And.Contain("3️⃣ ✏️ Write another amount");
            })
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId)).Should().BeNull();

        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().Contain("Your offer of 300 MAD for Tajine bleu is sent"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("300 MAD"));
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(300);
    }

    [Fact]
    public async Task Offer_AboveAskingPrice_KeepMyOffer_SendsWhatWasTyped()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");
        await _flow.Send(BuyerPhone, "350");

        await _flow.Send(BuyerPhone, "2")
            .ExpectReply(r => r.Should().Contain("Your offer of 350 MAD for Tajine bleu is sent"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("350 MAD"));

        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(350);
    }

    [Fact]
    public async Task Offer_AboveAskingPrice_WriteAnotherAmount_AskedAgainAndCheckedAgain()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");
        await _flow.Send(BuyerPhone, "3000");

        await _flow.Send(BuyerPhone, "3")
            .ExpectReply(r => r.Should().StartWith("💰 Tajine bleu (300 MAD): how much do you offer"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "301")
            .ExpectReply(r => r.Should().StartWith("⚠️ Tajine bleu: you offer 301 MAD"));
        await _flow.Send(BuyerPhone, "3");
        await _flow.Send(BuyerPhone, "280")
            .ExpectReply(r => r.Should().Contain("Your offer of 280 MAD for Tajine bleu is sent"));

        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(280);
    }

    [Fact]
    public async Task Offer_AtAskingPrice_SentWithoutWarning()
    {
        await OfferForTajineAsync(_flow, "300");

        _flow.LastMessages.Should().Contain(m => m.ToPersonId == ArtisanPhone);
        _flow.LastMessages.Should().NotContain(m => m.Body.Contains("⚠️", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offer_AboveAskingPriceOnSpanishNumber_BothAmountsInEuros()
    {
        using var flow = LanguageFlow.Create();
        await SeedAsync(flow);
        const string spanish = "+34612345678";
        await SeedBuyerAsync(flow, "es", spanish);
        await flow.Send(spanish, ShopCode);
        await flow.Send(spanish, "1");

        await flow.Send(spanish, "3000")
            .ExpectReply(r => r.Should().StartWith(
                "⚠️ Tajine bleu: ofreces 3.000 MAD (≈ 276 €, cambio del 2026-12-01), "
                + "pero su precio es 300 MAD (≈ 28 €, cambio del 2026-12-01)."));
    }

    [Fact]
    public async Task ArtisanCounter_BelowTheBuyersOffer_WarnedThenOneAcceptsTheOffer()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");

        await _flow.Send(ArtisanPhone, "200")
            .ExpectReply(r =>
            {
                r.Should().StartWith("⚠️ Attention ! Un acheteur propose déjà 250 MAD pour Tajine bleu. "
                    + "Votre prix de 200 MAD n'est pas plus haut : vous gagneriez moins.");
                r.Should().Contain("1️⃣ ✅ Accepter son prix").And.Contain("2️⃣ ✏️ Écrire un autre montant");
            })
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);

        var open = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD."))
            .ExpectNotification(BuyerPhone, n => n.Should().StartWith("🤝 Deal!"));
        (await _flow.Store.FindDealByNegotiationAsync(open.Id))!.PriceMad.Should().Be(250);
    }

    [Fact]
    public async Task ArtisanCounter_EqualToTheOffer_WarnedThenAnotherAmountIsSent()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");

        await _flow.Send(ArtisanPhone, "250")
            .ExpectReply(r => r.Should().StartWith("⚠️ Attention ! Un acheteur propose déjà 250 MAD"));
        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Be("🔁 Tajine bleu : votre prix, en MAD ?"));
        await _flow.Send(ArtisanPhone, "280")
            .ExpectReply(r => r.Should().Contain("Votre prix de 280 MAD pour Tajine bleu est envoyé"))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("280 MAD"));

        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(280);
    }

    [Fact]
    public async Task ArtisanCounter_AboveTheOffer_SentWithoutWarning()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");

        await _flow.Send(ArtisanPhone, "251")
            .ExpectReply(r => r.Should().Contain("Votre prix de 251 MAD"))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("251 MAD"));
    }

    [Fact]
    public async Task BuyerCounter_AboveTheArtisansPrice_WarnedThenOneAcceptsThatPrice()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280");
        await _flow.Send(BuyerPhone, "2");

        await _flow.Send(BuyerPhone, "2800")
            .ExpectReply(r => r.Should().StartWith("⚠️ Careful! Atelier Fatima asks only 280 MAD for Tajine bleu. "
                + "Your price of 2800 MAD is not less: you would pay more than asked."))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);

        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 280 MAD."));
        (await _flow.Store.GetProductAsync(TajineId))!.Quantity.Should().Be(1);
    }

    [Fact]
    public async Task CounterWarning_WrongDigit_AskedAgainNothingSent()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "100");

        await _flow.Send(ArtisanPhone, "7")
            .ExpectReply(r => r.Should().StartWith("Envoyez 1 ou 2 👇"))
            .ExpectNoMoreReplies();

        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.Moves.Should().ContainSingle();
    }
}
