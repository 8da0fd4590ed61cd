using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// After a deal both sides get its number and what comes next, and for seven days what either
/// writes is passed to the other so that they can arrange payment and delivery; 9 ends it.
/// </summary>
public sealed class DealChatTranscriptTests : IDisposable
{
    private readonly TestFlow _flow;

    public DealChatTranscriptTests()
    {
        _flow = new TestFlow();
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Deal_BothSidesGetTheNumberTheChatAndNoPaymentPromise()
    {
        var deal = await DealAsync();

        deal.Number.Should().Be(DealNumbers.For(deal.NegotiationId)).And.MatchRegex(@"^\d{3}-\d{3}$");
        deal.ChatUntil.Should().Be(deal.At + TimeSpan.FromDays(7));
        var toBuyer = _flow.LastMessages.Single(m => m.ToPersonId == BuyerPhone).Body;
        toBuyer.Should().Be("🤝 Deal! Tajine bleu from Atelier Fatima for 250 MAD.\n"
            + $"🧾 Deal no. {deal.Number}\n"
            + "💬 For 7 days, what you write here goes to Atelier Fatima, translated: agree together on "
            + "payment and delivery. Souk & Play takes no payment and ships nothing.\n"
            + "9️⃣ End this chat · 0️⃣ Menu");
        var toArtisan = _flow.LastMessages.Single(m => m.ToPersonId == ArtisanPhone).Body;
        toArtisan.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD.\n"
            + $"🧾 Marché n° {deal.Number}\n💬 Pendant 7 jours, ce que vous écrivez ou enregistrez ici "
            + "est transmis à Un acheteur");
    }

    [Fact]
    public async Task DealChat_WordsAndVoiceNotesPassedBothWays()
    {
        await DealAsync();

        await _flow.Send(BuyerPhone, "Can you send it to Lyon?")
            .ExpectReply(r => r.Should().Be("✅ Passed on. 9️⃣ End this chat · 0️⃣ Menu"))
            .ExpectNotification(ArtisanPhone, n => n.Should().StartWith("💬 [Atelier Fatima · Tajine bleu]")
                .And.Contain("Can you send it to Lyon?"))
            .ExpectNoMoreReplies();

        var note = new MediaAttachment("http://127.0.0.1:9/media/reponse.ogg", "audio/ogg");
        await _flow.Send(ArtisanPhone, "", Storage.Model.Channel.WhatsApp, note)
            .ExpectReply(r => r.Should().StartWith("✅ Transmis."));
        _flow.LastMessages.Single(m => m.ToPersonId == BuyerPhone).MediaUrls.Should().Equal(note.Url);
    }

    [Fact]
    public async Task DealChat_NineEndsItForBoth_NextMessageGoesToTheMenu()
    {
        var deal = await DealAsync();

        await _flow.Send(ArtisanPhone, "9")
            .ExpectReply(r => r.Should().StartWith($"🔚 La discussion du marché n° {deal.Number} (Tajine bleu) est fermée."))
            .ExpectNotification(BuyerPhone, n =>
                n.Should().Be($"🔚 Atelier Fatima ended the chat for deal no. {deal.Number} (Tajine bleu)."));

        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().BeNull();
        await _flow.Send(BuyerPhone, "hello?");
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
    }

    [Fact]
    public async Task DealChat_EndWordInTheBuyersLanguage_EndsIt()
    {
        await DealAsync();

        await _flow.Send(BuyerPhone, "End")
            .ExpectReply(r => r.Should().StartWith("🔚 The chat for deal no."))
            .ExpectNotification(ArtisanPhone, n => n.Should().StartWith("🔚 Un acheteur a fermé la discussion"));
    }

    [Fact]
    public async Task DealChat_AfterSevenDays_IsOverAndNothingIsPassedOn()
    {
        var deal = await DealAsync();
        _flow.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await _flow.Send(BuyerPhone, "Did you ship it?")
            .ExpectReply(r => r.Should().Be(
                $"🔚 The chat for deal no. {deal.Number} (Tajine bleu) is over: your message was not passed on."));

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone && m.Body.Contains("ship"));
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task DealChat_OverBeforeTheBackgroundJob_OtherSideToldOnceAndNobodyLeftInTheChat()
    {
        var deal = await DealAsync();
        _flow.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await _flow.Send(BuyerPhone, "Did you ship it?")
            .ExpectReply(r => r.Should().StartWith($"🔚 The chat for deal no. {deal.Number}"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Be(
                $"⌛ La discussion du marché n° {deal.Number} (Tajine bleu) est terminée : ce que vous écrivez "
                + "ici n'est plus transmis. Le marché reste enregistré. 0️⃣ Menu"));

        (await _flow.Store.FindDealByNegotiationAsync(deal.NegotiationId))!.ChatEndTold.Should().BeTrue();
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().BeNull();
        await _flow.Send(ArtisanPhone, "Bonjour ?")
            .ExpectReply(r => r.Should().NotContain("🔚").And.NotContain("⌛"));
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);
    }

    [Fact]
    public async Task DealChat_NineEndsIt_MarkedToldSoTheBackgroundJobSaysNothingMore()
    {
        var deal = await DealAsync();

        await _flow.Send(BuyerPhone, "9");

        (await _flow.Store.FindDealByNegotiationAsync(deal.NegotiationId))!.ChatEndTold.Should().BeTrue();
        _flow.Clock.Advance(TimeSpan.FromDays(8));
        (await _flow.Store.ListEndedDealChatsAsync(_flow.Clock.GetUtcNow())).Should().BeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("menu")]
    public async Task DealChat_ZeroOrMenu_ShowsTheMenuAndPassesNothingOn(string word)
    {
        await DealAsync();

        await _flow.Send(BuyerPhone, word)
            .ExpectReply(r => r.Should().StartWith("🏪 Send the code of the shop"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task DealChat_HelpAndLanguage_AnsweredAndNotPassedOn_TheChatGoesOn()
    {
        var deal = await DealAsync();

        await _flow.Send(BuyerPhone, "help")
            .ExpectReply(r => r.Should().StartWith("ℹ️ How it works"))
            .ExpectReply(r => r.Should().Contain("🧾 Deal no.").And.Contain("9️⃣"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        await _flow.Send(BuyerPhone, "language")
            .ExpectReply(r => r.Should().Contain("Choose your language"));
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        await _flow.Send(BuyerPhone, "6")
            .ExpectReply(r => r.Should().Contain("español"))
            .ExpectReply(r => r.Should().Contain("9️⃣"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);

        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().Be(deal.NegotiationId);
        await _flow.Send(BuyerPhone, "¿Cuándo llega?")
            .ExpectReply(r => r.Should().StartWith("✅"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("¿Cuándo llega?"));
    }

    [Fact]
    public async Task DealChat_NineWhenTheDealCameMidListing_AsksTheListingQuestionAgain()
    {
        await _flow.Send(ArtisanPhone, "menu");
        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().Be("📸 Envoyez une photo de votre produit."));
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "1");
        await _flow.Send(ArtisanPhone, "Je l'envoie lundi");

        await _flow.Send(ArtisanPhone, "9")
            .ExpectReply(r => r.Should().StartWith("🔚 La discussion du marché"))
            .ExpectReply(r => r.Should().Be("📸 Envoyez une photo de votre produit."))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task DealChat_NineWhenNothingWasBelow_ShowsTheMenu()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "2");
        await _flow.Send(BuyerPhone, "1100")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal! Tapis rouge"));

        await _flow.Send(BuyerPhone, "9")
            .ExpectReply(r => r.Should().StartWith("🔚 The chat for deal no."))
            .ExpectReply(r => r.Should().StartWith("🏪 Send the code of the shop"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task DealChat_OverWhileTheBuyersAnswerWasWaiting_SaysItIsOverNotThatTheOfferClosed()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(BuyerPhone, "Is it heavy?");
        var open = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        await _flow.Send(ArtisanPhone, "1");
        var deal = (await _flow.Store.FindDealByNegotiationAsync(open.Id))!;
        _flow.Clock.Advance(TimeSpan.FromDays(8));

        await _flow.Send(BuyerPhone, "Did you ship it?")
            .ExpectReply(r => r.Should().StartWith($"🔚 The chat for deal no. {deal.Number} (Tajine bleu) is over"));

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone && m.Body.Contains("ship"));
    }

    [Fact]
    public async Task DealChat_MenuLeavesItForMe_TheOtherSideWritingBringsMeBack()
    {
        var deal = await DealAsync();

        await _flow.Send(BuyerPhone, "menu");
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
        await _flow.Send(ArtisanPhone, "Le colis part demain")
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("Le colis part demain"));

        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().Be(deal.NegotiationId);
        await _flow.Send(BuyerPhone, "Thanks!")
            .ExpectNotification(ArtisanPhone, n => n.Should().StartWith("💬 [Atelier Fatima · Tajine bleu] Un acheteur"));
    }

    [Fact]
    public async Task DealChat_BuyerWaitingWhenArtisanAccepts_NextMessageIsPassedOnNotClosed()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(BuyerPhone, "Is it heavy?");
        await _flow.Send(ArtisanPhone, "1");

        await _flow.Send(BuyerPhone, "Great, how do I pay?")
            .ExpectReply(r => r.Should().Be("✅ Passed on. 9️⃣ End this chat · 0️⃣ Menu"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("Great, how do I pay?"));
    }

    /// <summary>The buyer offers 250 for the tajine and the artisan accepts; the deal as stored.</summary>
    private async Task<Storage.Model.Deal> DealAsync()
    {
        await OfferForTajineAsync(_flow, "250");
        var open = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        await _flow.Send(ArtisanPhone, "1");
        return (await _flow.Store.FindDealByNegotiationAsync(open.Id))!;
    }
}
