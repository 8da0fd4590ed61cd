using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Buyer;

public sealed class BuyerTranscriptTests : IDisposable
{
    private readonly TestFlow _flow = new();

    public BuyerTranscriptTests()
    {
        SeedAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task NewPerson_CodeInText_AsksOnlyLanguageThenShowsShopWithPhotos()
    {
        await _flow.Send(BuyerPhone, "Salam, I got code k7p3q from a friend")
            .ExpectReply(r => r.Should().Contain("Choose your language"))
            .ExpectNoMoreReplies();

        await _flow.Send(BuyerPhone, "English")
            .ExpectReply(r => r.Should().Contain("in English"))
            .ExpectReply(r => r.Should().Be("🏪 Welcome to Atelier Fatima!"))
            .ExpectReply(r => r.Should().Be("1️⃣ Tajine bleu — 300 MAD"))
            .ExpectReply(r => r.Should().Be("2️⃣ Tapis rouge — 1200 MAD"))
            .ExpectReply(r => r.Should().Contain("Which one").And.Contain("1️⃣ 🛍️ Tajine bleu"))
            .ExpectNoMoreReplies();

        var replies = _flow.LastMessages.Where(m => m.IsReply).ToList();
        replies[2].MediaUrls.Should().Equal(TajinePhoto);
        replies[3].MediaUrls.Should().Equal(CarpetPhoto);
        var buyer = _flow.Person(BuyerPhone)!;
        buyer.Role.Should().Be(Role.Buyer);
        buyer.Language.Should().Be("en");
    }

    [Fact]
    public async Task NewPerson_WritesToShopNumber_LandsInThatShopAfterLanguage()
    {
        await _flow.Store.CommitAsync(new ChangeSet().Put(
            new SenderNumber { Id = ShopNumber, OwnerKind = SenderOwnerKind.Shop, OwnerId = ShopCode }));

        await _flow.RunAsync(_flow.Send(BuyerPhone, "السلام").Activity with { To = ShopNumber });
        await _flow.RunAsync(_flow.Send(BuyerPhone, "٢").Activity with { To = ShopNumber });

        var replies = _flow.LastMessages.Where(m => m.IsReply).Select(m => WithoutIsolates(m.Body)).ToList();
        replies.Should().Contain("🏪 مرحبا بيك عند Atelier Fatima!");
        replies.Should().Contain("1️⃣ Tajine bleu — 300 درهم");
        _flow.LastMessages.Should().OnlyContain(m => m.FromNumber == ShopNumber);
    }

    [Fact]
    public async Task ReturningBuyer_NoCode_AsksCodeRetriesThenHelpsThenFindsCodeInSentence()
    {
        await SeedBuyerAsync(_flow, "fr");

        await _flow.Send(BuyerPhone, "bonjour")
            .ExpectReply(r => r.Should().Contain("Envoyez le code de la boutique"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "ZZ9ZZ")
            .ExpectReply(r => r.Should().Contain("Je ne connais pas ce code"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "je sais pas")
            .ExpectReply(r => r.Should().Contain("L'artisan vous donne le code"))
            .ExpectReply(r => r.Should().Contain("Envoyez le code de la boutique"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "c'est K7P3Q je crois")
            .ExpectReply(r => r.Should().Be("🏪 Bienvenue chez Atelier Fatima !"));
    }

    [Fact]
    public async Task ProductMenu_WrongDigitThenUnknown_RetriesThenHelpsThenKeycapPicks()
    {
        await SeedBuyerAsync(_flow);
        await _flow.Send(BuyerPhone, ShopCode);

        await _flow.Send(BuyerPhone, "7")
            .ExpectReply(r => r.Should().StartWith("Send just the number of the product")
                .And.Contain("2️⃣ 🛍️ Tapis rouge"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "the blue one?")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Contain("Which one"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "2️")
            .ExpectReply(r => r.Should().Be("💰 Tapis rouge (1200 MAD): how much do you offer, in MAD?"));
    }

    [Fact]
    public async Task Offer_Opened_BuyerToldAndArtisanGetsPhotoAndMenuWithoutPhoneNumber()
    {
        await SeedBuyerAsync(_flow);
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");

        await _flow.Send(BuyerPhone, "250 dh")
            .ExpectReply(r => r.Should().Contain("Your offer of 250 MAD for Tajine bleu is sent to Atelier Fatima"))
            .ExpectNotification(ArtisanPhone, n =>
            {
                n.Should().Contain(
                    "Nouvelle offre ! Un acheteur propose 250 MAD pour Tajine bleu (votre prix : 300 MAD).");
                n.Should().Contain("1️⃣ ✅ Accepter")
                    .And.Contain("2️⃣ 🔁 Proposer un autre prix")
                    .And.Contain("3️⃣ ❌ Refuser");
                n.Should().NotContain(BuyerPhone).And.NotContain(BuyerPhone.TrimStart('+'));
            })
            .ExpectNoMoreReplies();

        var note = _flow.LastMessages.Single(m => m.ToPersonId == ArtisanPhone);
        note.Kind.Should().Be("offer.received");
        note.MediaUrls.Should().Equal(TajinePhoto);
        var negotiation = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        negotiation.AmountMad.Should().Be(250);
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().Be(negotiation.Id);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().Be(negotiation.Id);
    }

    [Fact]
    public async Task Offer_UnderFloorPrice_DeclinedPolitelyToBuyerOnlyWithoutTheFloor()
    {
        await SeedBuyerAsync(_flow);
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "2");

        await _flow.Send(BuyerPhone, "500")
            .ExpectReply(r =>
            {
                r.Should().Be(
                    "🙏 Sorry, Atelier Fatima cannot accept this price for Tapis rouge. "
                        + "You may choose another product.");
                r.Should().NotContain("800");
            })
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        _flow.Person(BuyerPhone)!.FocusNegotiationId.Should().BeNull();
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, CarpetId)).Should().BeNull();
    }

    [Fact]
    public async Task Offer_AtAcceptPrice_DealForBothAndStockDecremented()
    {
        await SeedBuyerAsync(_flow);
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "2");

        await _flow.Send(BuyerPhone, "1100")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal! Tapis rouge from Atelier Fatima for 1100 MAD.\n"
                + "🧾 Deal no. "))
            .ExpectNotification(ArtisanPhone, n =>
                n.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tapis rouge pour 1100 MAD.\n🧾 Marché n° "));

        (await _flow.Store.GetProductAsync(CarpetId))!.Quantity.Should().Be(1);
        var negotiations = await _flow.Store.ListOpenNegotiationsAsync(BuyerPhone);
        negotiations.Should().BeEmpty();
        var focus = _flow.Person(BuyerPhone)!.FocusNegotiationId;
        focus.Should().NotBeNull("the deal's chat is open");
        (await _flow.Store.FindDealByNegotiationAsync(focus!))!.PriceMad.Should().Be(1100);
        _flow.Person(ArtisanPhone)!.FocusNegotiationId.Should().Be(focus);
    }

    [Fact]
    public async Task Offer_SecondOnSameProduct_RemindsTheOpenOneAndOpensNoOther()
    {
        await SeedBuyerAsync(_flow);
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(BuyerPhone, "menu");

        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");
        await _flow.Send(BuyerPhone, "260")
            .ExpectReply(r => r.Should().Contain("You already made an offer for Tajine bleu (250 MAD)"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
        (await _flow.Store.ListOpenNegotiationsAsync(BuyerPhone)).Should().ContainSingle();
    }

    [Fact]
    public async Task OfferAmount_UnknownThenTooHigh_RetriesThenExplainsThenArabicIndicDigitsWork()
    {
        await SeedBuyerAsync(_flow);
        await _flow.Send(BuyerPhone, ShopCode);
        await _flow.Send(BuyerPhone, "1");

        await _flow.Send(BuyerPhone, "cheap please")
            .ExpectReply(r => r.Should().Be("Send just a number, for example 250 👇"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "5000000")
            .ExpectReply(r => r.Should().Be("⚠️ Offer a whole number of dirhams, from 1 to 99999 MAD."))
            .ExpectReply(r => r.Should().Contain("how much do you offer"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "٢٥٠")
            .ExpectReply(r => r.Should().Contain("Your offer of 250 MAD"));
    }

    [Fact]
    public async Task Shop_ArtisanOpensOwnCode_IsToldItIsTheirShop()
    {
        await _flow.Store.CommitAsync(new ChangeSet().Put(new Person
        {
            Id = "+212600000077",
            Language = "en",
            Role = Role.Buyer,
            LastBotNumber = TestFlow.BotNumber,
        }).Put(new Shop { Id = "M4RK5", OwnerId = "+212600000077", DisplayName = "Own" }));

        await _flow.Send("+212600000077", "M4RK5")
            .ExpectReply(r => r.Should().Contain("This is your own shop"))
            .ExpectNoMoreReplies();
    }

    /// <summary>Drops the bidi isolates that keep Latin names and numbers in place in Arabic text.</summary>
    private static string WithoutIsolates(string text) => text.Replace("\u2068", "").Replace("\u2069", "");
}
