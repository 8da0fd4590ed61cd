using SoukPlay.Dialogs.Tests.Harness;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// What a person last sees is what their next digit answers: an offer waiting for them is shown
/// again after "help" or the language menu, and a buyer who comes back to a product whose
/// counter-offer waits sees that counter-offer with its menu, never another question.
/// </summary>
public sealed class WaitingOfferShownTranscriptTests : IDisposable
{
    private readonly TestFlow _flow;

    public WaitingOfferShownTranscriptTests()
    {
        _flow = new TestFlow();
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Language_ChangedWhileAnOfferWaits_ShowsTheOfferInTheNewLanguageNotTheMenuBelow()
    {
        await _flow.Send(ArtisanPhone, "menu").ExpectReply(r => r.Should().Contain("Que voulez-vous faire"));
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "langue").ExpectReply(r => r.Should().Contain("Choose your language"));
        await _flow.Send(ArtisanPhone, "English")
            .ExpectReply(r => r.Should().Be("✅ Done, we will talk in English."))
            .ExpectReply(r => r.Should().Contain("250 MAD").And.Contain("1️⃣ ✅ Accept"))
            .ExpectNoMoreReplies();

        await _flow.Send(ArtisanPhone, "2").ExpectReply(r => r.Should().Contain("your price, in MAD"));
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId)).Should().NotBeNull();
    }

    [Fact]
    public async Task Help_FromTheMenuWhileAnOfferWaits_ExplainsThenShowsTheOffer()
    {
        await _flow.Send(ArtisanPhone, "menu");
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "aide")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Comment ça marche"))
            .ExpectReply(r => r.Should().Contain("Un acheteur propose 250 MAD").And.Contain("1️⃣ ✅ Accepter"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Language_ChangedWithNoOfferWaiting_AsksTheQuestionBelowAgain()
    {
        await _flow.Send(ArtisanPhone, "menu");

        await _flow.Send(ArtisanPhone, "langue");
        await _flow.Send(ArtisanPhone, "English")
            .ExpectReply(r => r.Should().Be("✅ Done, we will talk in English."))
            .ExpectReply(r => r.Should().Contain("What would you like to do"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Shop_BuyerPicksAProductWhoseCounterOfferWaits_SeesItWithItsMenuAndAWordDoesNotCloseIt()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280");
        await _flow.Send(BuyerPhone, "menu");

        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().Contain("280 MAD").And.Contain("1️⃣ ✅ Accept"))
            .ExpectNoMoreReplies();

        await _flow.Send(BuyerPhone, "2").ExpectReply(r => r.Should().Contain("your price, in MAD"));
        await _flow.Send(BuyerPhone, "260").ExpectNotification(ArtisanPhone, n => n.Should().Contain("260 MAD"));
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(260);
    }

    [Fact]
    public async Task Counter_ToABuyerWhoSentStop_SenderIsToldItWillNotReachThem()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(BuyerPhone, "STOP");

        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280")
            .ExpectReply(r => r.Should().Contain("Votre prix de 280 MAD"))
            .ExpectReply(r => r.Should().Contain("(STOP)").And.Contain("ne verra pas ceci"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);
    }

    [Fact]
    public async Task Offer_NewOfferArrivesWhileTheArtisanWaitsOnAnother_DigitAnswersTheNewOne()
    {
        const string SecondBuyer = "+33612000002";
        await SeedBuyerAsync(_flow, "fr", SecondBuyer);
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280").ExpectNotification(BuyerPhone, n => n.Should().Contain("280 MAD"));

        await _flow.Send(SecondBuyer, ShopCode);
        await _flow.Send(SecondBuyer, "2");
        await _flow.Send(SecondBuyer, "900")
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("Tapis rouge").And.Contain("900 MAD"));

        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().Contain("Marché conclu").And.Contain("Tapis rouge").And.Contain("900 MAD"))
            .ExpectNotification(SecondBuyer, n => n.Should().Contain("Tapis rouge"));
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad
            .Should().Be(280, "the tajine's counter-offer still waits for its buyer");
    }
}
