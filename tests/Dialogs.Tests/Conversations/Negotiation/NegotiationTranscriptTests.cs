using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

public sealed partial class NegotiationTranscriptTests : IDisposable
{
    private readonly TestFlow _flow;

    public NegotiationTranscriptTests()
    {
        _flow = new TestFlow();
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Counter_ArtisanIdleCountersByMenuAndAmount_BuyerAccepts_DealRecordedBothTold()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Be("🔁 Tajine bleu : votre prix, en MAD ?"))
            .ExpectNoMoreReplies();
        await _flow.Send(ArtisanPhone, "280")
            .ExpectReply(r => r.Should().Contain("Votre prix de 280 MAD pour Tajine bleu est envoyé"))
            .ExpectNotification(BuyerPhone, n =>
            {
                n.Should().StartWith("🔁 Atelier Fatima answers: 280 MAD for Tajine bleu.");
                n.Should().Contain("1️⃣ ✅ Accept")
                    .And.Contain("2️⃣ 🔁 Propose another price")
                    .And.Contain("3️⃣ ❌ Decline");
                n.Should().NotContain(ArtisanPhone.TrimStart('+'));
            })
            .ExpectNoMoreReplies();

        var open = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 280 MAD.\n🧾 Deal no. "))
            .ExpectNotification(ArtisanPhone, n =>
                n.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 280 MAD.\n🧾 Marché n° "))
            .ExpectNoMoreReplies();

        (await _flow.Store.ListOpenNegotiationsAsync(BuyerPhone)).Should().BeEmpty();
        var deal = (await _flow.Store.FindDealByNegotiationAsync(open.Id))!;
        deal.PriceMad.Should().Be(280);
        deal.BuyerId.Should().Be(BuyerPhone);
        (await _flow.Store.GetProductAsync(TajineId))!.Quantity.Should().Be(1);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().Be(open.Id, "the deal's chat is open");
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().Be(open.Id, "the deal's chat is open");
    }

    [Fact]
    public async Task Offer_ArtisanInTheMiddleOfAQuestion_AnswersFirstThenIsAskedTheQuestionAgainAfterTheDealChat()
    {
        await _flow.Send(ArtisanPhone, "menu").ExpectReply(r => r.Should().Contain("Que voulez-vous faire"));
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD.\n"
                + "🧾 Marché n° "))
            .ExpectNotification(BuyerPhone, n =>
                n.Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 250 MAD.\n🧾 Deal no. "))
            .ExpectNoMoreReplies();
        await _flow.Send(ArtisanPhone, "9")
            .ExpectReply(r => r.Should().StartWith("🔚 La discussion du marché n°"))
            .ExpectReply(r => r.Should().Contain("Que voulez-vous faire"))
            .ExpectNotification(BuyerPhone, n => n.Should().StartWith("🔚 Atelier Fatima ended the chat"))
            .ExpectNoMoreReplies();

        var negotiation = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId));
        negotiation.Should().BeNull();
    }

    [Fact]
    public async Task Relay_FreeTextBothWays_PrefixedWithShopAndProductAndNoPhoneNumbers()
    {
        await OfferForTajineAsync(_flow, "250");

        var question = _flow.Send(BuyerPhone, "Is it made by hand?").Activity with { ProfileName = "Sam" };
        await _flow.RunAsync(question);
        Reply().Should().Be("✅ Passed on.");
        Note(ArtisanPhone).Body.Should().Be("💬 [Atelier Fatima · Tajine bleu] Sam : Is it made by hand?"
            + "\n(traduction indisponible pour le moment, message d'origine)");

        var photo = new MediaAttachment("http://127.0.0.1:9/media/dos.jpg", "image/jpeg");
        await _flow.Send(ArtisanPhone, "Oui, regardez le dos", Channel.WhatsApp, photo)
            .ExpectReply(r => r.Should().Be("✅ Transmis."))
            .ExpectNoMoreReplies();
        var toBuyer = Note(BuyerPhone);
        toBuyer.Body.Should().Be("💬 [Atelier Fatima · Tajine bleu] Oui, regardez le dos"
            + "\n(translation unavailable right now, original message)");
        toBuyer.MediaUrls.Should().Equal(photo.Url);

        var toOtherSide = _flow.Store.Outbox().Where(m => !m.IsReply).Select(m => m.Body).ToList();
        toOtherSide.Should().NotBeEmpty();
        toOtherSide.Should().OnlyContain(body => !PhoneDigits().IsMatch(body));
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId)).Should().NotBeNull();
    }

    [Fact]
    public async Task Menu_WrongDigitsThenArabicIndicDecline_RetriesHelpsThenDeclines()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "7")
            .ExpectReply(r => r.Should().StartWith("Envoyez 1, 2 ou 3 👇").And.Contain("3️⃣ ❌ Refuser"))
            .ExpectNoMoreReplies();
        await _flow.Send(ArtisanPhone, "9")
            .ExpectReply(r => r.Should().StartWith("ℹ️ 1 = accepter"))
            .ExpectReply(r => r.Should().StartWith("🛍️ Tajine bleu : Un acheteur propose 250 MAD")
                .And.Contain("1️⃣ ✅ Accepter"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);

        await _flow.Send(ArtisanPhone, "٣")
            .ExpectReply(r => r.Should().Be("❌ Vous avez refusé. La négociation pour Tajine bleu est close."))
            .ExpectNotification(BuyerPhone, n =>
                n.Should().Be("🙏 Atelier Fatima declined your offer for Tajine bleu."));

        (await _flow.Store.GetProductAsync(TajineId))!.Quantity.Should().Be(2);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task CounterAmount_UnknownThenKeycapDigits_RetriesThenSends()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2️⃣");

        await _flow.Send(ArtisanPhone, "un peu plus")
            .ExpectReply(r => r.Should().Be("Envoyez juste un nombre, par exemple 300 👇"))
            .ExpectNoMoreReplies();
        await _flow.Send(ArtisanPhone, "2️⃣9️⃣0️⃣")
            .ExpectReply(r => r.Should().Contain("Votre prix de 290 MAD"))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("290 MAD"));
    }

    [Fact]
    public async Task BuyerCounter_UnderFloor_DeclinedAtOnceAndArtisanNotBothered()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "2");
        await _flow.Send(BuyerPhone, "900");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "1050");

        await _flow.Send(BuyerPhone, "2").ExpectReply(r => r.Should().Contain("your price, in MAD"));
        await _flow.Send(BuyerPhone, "700")
            .ExpectReply(r => r.Should().Contain("Atelier Fatima cannot accept this price for Tapis rouge"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task Buyer_WritesDigitWhileWaiting_IsToldToWaitAndNothingIsPassedOn()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().Contain("Tajine bleu: waiting for the answer to 250 MAD"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
    }

    [Fact]
    public async Task Restart_MidNegotiation_CarriesOn()
    {
        await OfferForTajineAsync(_flow, "250");
        _flow.Restart();
        await _flow.Send(ArtisanPhone, "2");
        _flow.Restart();
        await _flow.Send(ArtisanPhone, "280").ExpectNotification(BuyerPhone, n => n.Should().Contain("280 MAD"));
        _flow.Restart();

        await _flow.Send(BuyerPhone, "accept")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 280 MAD.\n"
                + "🧾 Deal no. "));
        (await _flow.Store.GetProductAsync(TajineId))!.Quantity.Should().Be(1);
    }

    [Fact]
    public async Task Expired_FocusLeftBehind_NextMessageGoesToTheNormalDialog()
    {
        await OfferForTajineAsync(_flow, "250");
        _flow.Clock.Advance(TimeSpan.FromHours(49));
        var service = new NegotiationService(_flow.Store, _flow.Clock, Options.Create(new MarketOptions()));
        var changes = new ChangeSet();
        (await service.ExpireDueAsync(changes)).Should().ContainSingle();
        await _flow.Store.CommitAsync(changes);

        await _flow.Send(BuyerPhone, "hello")
            .ExpectReply(r => r.Should().Contain("Send the code of the shop"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task Inbox_MenuLeavesFocus_MyOffersListsAndAnswersTheChosenOne()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "menu")
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"));
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().BeNull();
        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().StartWith("📬 Offres qui attendent votre réponse :")
                .And.Contain("1️⃣ 🛍️ Tajine bleu — 250 MAD (Un acheteur)"));

        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🛍️ Tajine bleu : Un acheteur propose 250 MAD"));
        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD.\n"
                + "🧾 Marché n° "))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("Deal!"));
    }

    [Fact]
    public async Task Inbox_NothingWaiting_SaysSo()
    {
        await _flow.Send(ArtisanPhone, "bonjour")
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"));

        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Be("📭 Aucune offre n'attend votre réponse."))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Buyer_WritesAShopCodeDuringNegotiation_GoesToTheShopAndNothingIsPassedOn()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(BuyerPhone, "show me K7P3Q again")
            .ExpectReply(r => r.Should().Be("🏪 Welcome to Atelier Fatima!"));

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
        await _flow.Send(ArtisanPhone, "1").ExpectNotification(BuyerPhone, n => n.Should().Contain("Deal!"));
    }

    [Fact]
    public async Task Help_DuringNegotiation_ExplainsAndShowsTheMenuAgain()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "7");

        await _flow.Send(ArtisanPhone, "aide")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Comment ça marche"))
            .ExpectReply(r => r.Should().StartWith("🛍️ Tajine bleu : Un acheteur propose 250 MAD"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Offer_ArtisanWritesAtTheSameMoment_BuyerTurnRunsAgainAndKeepsBothChanges()
    {
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");
        var artisanWrote = false;
        _flow.Store.BeforeCommit = async changes =>
        {
            if (!artisanWrote && changes.Puts.OfType<Storage.Model.Negotiation>().Any())
            {
                artisanWrote = true;
                var artisan = (await _flow.Store.GetPersonAsync(ArtisanPhone))!;
                artisan.ProfileName = "Fatima";
                await _flow.Store.CommitAsync(new ChangeSet().Put(artisan));
            }
        };

        await _flow.Send(BuyerPhone, "250").ExpectNotification(ArtisanPhone, n => n.Should().Contain("250 MAD"));

        _flow.Store.Conflicts.Should().BeGreaterThan(0);
        var stored = _flow.Person(ArtisanPhone)!;
        stored.ProfileName.Should().Be("Fatima");
        stored.FocusNegotiationId.Should().NotBeNull();
        (await _flow.Store.ListOpenNegotiationsAsync(BuyerPhone)).Should().ContainSingle();
    }

    [Fact]
    public async Task Stop_ThenCounterThenStart_BareOneDoesNotAcceptACounterNeverShown()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(BuyerPhone, "STOP");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280").ExpectReply(r => r.Should().Contain("280"));
        await _flow.Send(BuyerPhone, "START");

        await _flow.Send(BuyerPhone, "1");

        var open = await _flow.Store.ListOpenNegotiationsAsync(BuyerPhone);
        open.Should().ContainSingle().Which.AmountMad.Should().Be(280);
        _flow.LastMessages.Should().NotContain(m => m.Body.Contains("Deal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_WhileNegotiating_IsPassedOnNotAnUnsubscribe()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(BuyerPhone, "cancel")
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("cancel"));

        _flow.Person(BuyerPhone)!.OptedOut.Should().BeFalse();
    }

    [Fact]
    public async Task Stop_WhileNegotiating_StillUnsubscribes()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(BuyerPhone, "STOP");

        _flow.Person(BuyerPhone)!.OptedOut.Should().BeTrue();
    }

    private string Reply() => _flow.LastMessages.First(m => m.IsReply).Body;

    private OutboxMessage Note(string phone) => _flow.LastMessages.Single(m => !m.IsReply && m.ToPersonId == phone);

    /// <summary>Six digits in a row: any part of a phone number long enough to tell who it is.</summary>
    [GeneratedRegex(@"\d{6}")]
    private static partial Regex PhoneDigits();
}
