using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

public sealed class ListingTranscriptTests : IDisposable
{
    private const string Phone = "+212600000201";
    private const string UrbanPhone = "+212600000202";
    private const string OtherUrbanPhone = "+212600000203";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Listing_FrenchWithPhoto_ListedWithSummaryAndSaved()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone);
        var photo = ArtisanJourney.Photo();

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Be("📸 Envoyez une photo de votre produit."))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "", Channel.WhatsApp, photo)
            .ExpectReply(r => r.Should().Contain("Quel est le nom du produit"));
        await _flow.Send(Phone, "Tapis berbère")
            .ExpectReply(r => r.Should().Contain("Quel prix en dirhams"));
        await _flow.Send(Phone, "1 200")
            .ExpectReply(r => r.Should().Contain("Combien en avez-vous"));
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("fait à la main").And.Contain("1️⃣ ✅ Oui")
                .And.Contain("2️⃣ ❌ Non"));

        await _flow.Send(Phone, "oui")
            .ExpectReply(r => r.Should().Be($"✅ En vente !\n🏷️ Tapis berbère\n💰 1200 MAD · 📦 2\n🔑 Boutique {code}"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
        _flow.LastMessages[0].MediaUrls.Should().Equal(photo.Url);

        var product = (await _flow.Store.ListProductsAsync(code)).Should().ContainSingle().Subject;
        product.Title.Should().Be("Tapis berbère");
        product.PriceMad.Should().Be(1200);
        product.Quantity.Should().Be(2);
        product.PhotoUrl.Should().Be(photo.Url);
        product.PhotoContentType.Should().Be("image/jpeg");
        product.Handmade.Should().BeTrue();
        product.Status.Should().Be(ListingStatus.Listed);
        product.Zone.Should().Be(Zone.Rural);
    }

    [Fact]
    public async Task Listing_EnglishKeycaps_Listed()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone, language: "en");

        await _flow.Send(Phone, "1️⃣").ExpectReply(r => r.Should().Be("📸 Send a photo of your product."));
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo())
            .ExpectReply(r => r.Should().Contain("What is the product called?"));
        await _flow.Send(Phone, "Brass lantern").ExpectReply(r => r.Should().Contain("What price in dirhams?"));
        await _flow.Send(Phone, "4️⃣5️⃣0️⃣").ExpectReply(r => r.Should().Contain("How many do you have?"));
        await _flow.Send(Phone, "3️⃣").ExpectReply(r => r.Should().Contain("Is this product handmade"));
        await _flow.Send(Phone, "1️⃣")
            .ExpectReply(r => r.Should().Contain("✅ Listed!").And.Contain("💰 450 MAD · 📦 3").And.Contain(code));

        (await _flow.Store.ListProductsAsync(code)).Single().PriceMad.Should().Be(450);
    }

    [Fact]
    public async Task Listing_DarijaArabicIndicDigits_Listed()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone, language: "ary");

        await _flow.Send(Phone, "١").ExpectReply(r => r.Should().Contain("صيفط تصويرة"));
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo())
            .ExpectReply(r => r.Should().Contain("شنو سمية المنتوج"));
        await _flow.Send(Phone, "طاجين مزوق").ExpectReply(r => r.Should().Contain("بشحال بالدرهم"));
        await _flow.Send(Phone, "٣٥٠").ExpectReply(r => r.Should().Contain("شحال عندك"));
        await _flow.Send(Phone, "٤").ExpectReply(r => r.Should().Contain("مصنوع باليد"));
        await _flow.Send(Phone, "إيه")
            .ExpectReply(r => r.Should().Contain("✅ تزاد للبيع").And.Contain("طاجين مزوق").And.Contain("350")
                .And.Contain(code));

        var product = (await _flow.Store.ListProductsAsync(code)).Single();
        product.PriceMad.Should().Be(350);
        product.Quantity.Should().Be(4);
    }

    [Fact]
    public async Task Listing_TextOrVoiceNoteInsteadOfPhoto_RetryThenHelp()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "c'est un tapis")
            .ExpectReply(r => r.Should().StartWith("📸 Il me faut une photo"))
            .ExpectNoMoreReplies();
        var voice = new MediaAttachment("https://api.twilio.com/Media/voice", "audio/ogg");
        await _flow.Send(Phone, "", Channel.WhatsApp, voice)
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Be("📸 Envoyez une photo de votre produit."))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo())
            .ExpectReply(r => r.Should().Contain("Quel est le nom du produit"));
    }

    [Fact]
    public async Task Listing_UnusableAnswers_RetryThenHelpAtEveryStep()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo());

        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo("second"))
            .ExpectReply(r => r.Should().StartWith("🏷️ Écrivez un nom court"));
        await _flow.Send(Phone, "Tajine").ExpectReply(r => r.Should().Contain("Quel prix"));

        await _flow.Send(Phone, "pas cher")
            .ExpectReply(r => r.Should().StartWith("💰 Envoyez juste le prix en chiffres, de 1 à 99999"));
        await _flow.Send(Phone, "100000")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Écrivez le prix en dirhams"))
            .ExpectReply(r => r.Should().Contain("Quel prix"));
        await _flow.Send(Phone, "250 dh").ExpectReply(r => r.Should().Contain("Combien"));

        await _flow.Send(Phone, "beaucoup")
            .ExpectReply(r => r.Should().StartWith("📦 Envoyez un nombre de 1 à 999"));
        await _flow.Send(Phone, "1000")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Écrivez combien vous en avez"))
            .ExpectReply(r => r.Should().Contain("Combien"));
        await _flow.Send(Phone, "5").ExpectReply(r => r.Should().Contain("fait à la main"));

        await _flow.Send(Phone, "peut-être").ExpectReply(r => r.Should().StartWith("🤲 Fait main ? Envoyez 1"));
        await _flow.Send(Phone, "bof")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Contain("fait à la main"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("En vente"));
    }

    [Fact]
    public async Task Menu_VoiceNote_SaysItCannotListenHereThenAsksAgain()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        var note = new MediaAttachment("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", "audio/ogg");

        await _flow.Send(Phone, "", Channel.WhatsApp, note)
            .ExpectReply(r => r.Should().StartWith("🎙️ Désolé, je ne peux pas écouter les messages vocaux ici"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Be("📸 Envoyez une photo de votre produit."));
    }

    [Fact]
    public async Task Listing_PriceInWords_IsUnderstood()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(Phone, "Tajine");

        await _flow.Send(Phone, "deux cent cinquante").ExpectReply(r => r.Should().Contain("Combien"));
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");

        var shop = (await _flow.Store.FindShopByOwnerAsync(Phone))!;
        (await _flow.Store.ListProductsAsync(shop.Id)).Single().PriceMad.Should().Be(250);
    }

    [Fact]
    public async Task Listing_PriceNotANumber_AsksAgainInSimplerWords()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(Phone, "Tajine");

        await _flow.Send(Phone, "pas cher")
            .ExpectReply(r => r.Should().StartWith("💰 Envoyez juste le prix en chiffres"));
        await _flow.Send(Phone, "1.200").ExpectReply(r => r.Should().Contain("Combien"));
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");

        var shop = (await _flow.Store.FindShopByOwnerAsync(Phone))!;
        (await _flow.Store.ListProductsAsync(shop.Id)).Single().PriceMad.Should().Be(1200);
    }

    [Fact]
    public async Task Listing_NotHandmade_RefusedAndNothingSaved()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(Phone, "Sac en plastique");
        await _flow.Send(Phone, "30");
        await _flow.Send(Phone, "10");

        await _flow.Send(Phone, "non")
            .ExpectReply(r => r.Should().Contain("ne vend que des produits faits main"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();

        (await _flow.Store.ListProductsAsync(code)).Should().BeEmpty();
    }

    [Fact]
    public async Task Listing_UrbanOnEmptyCatalogue_WaitsThenRuralListingsReleaseItAndOwnerIsTold()
    {
        var urbanCode = await ArtisanJourney.OpenShopAsync(_flow, UrbanPhone, Zone.Urban, "en");
        var waiting = await ArtisanJourney.ListAsync(_flow, UrbanPhone, "City lamp");
        waiting[0].Body.Should().Contain("⏳ \"City lamp\" is saved, but it is waiting")
            .And.Contain("30% of the souk at most").And.Contain("we tell you");
        (await _flow.Store.ListProductsAsync(urbanCode)).Single().Status.Should().Be(ListingStatus.WaitingForRoom);

        await ArtisanJourney.OpenShopAsync(_flow, Phone, Zone.Rural);
        var first = await ArtisanJourney.ListAsync(_flow, Phone, "Tapis 1");
        var second = await ArtisanJourney.ListAsync(_flow, Phone, "Tapis 2");
        first.Concat(second).Should()
            .NotContain(m => m.ToPersonId == UrbanPhone, "one urban product in 2 or 3 is over 30%");

        var third = await ArtisanJourney.ListAsync(_flow, Phone, "Tapis 3");

        third.Where(m => m.IsReply).First().Body.Should().Contain("En vente");
        var note = third.Should().ContainSingle(m => m.ToPersonId == UrbanPhone).Subject;
        note.Body.Should().Be($"🎉 Good news: \"City lamp\" is now listed in your shop {urbanCode}!");
        note.Kind.Should().Be("listing.released");
        note.IsReply.Should().BeFalse();
        (await _flow.Store.ListProductsAsync(urbanCode)).Single().Status.Should().Be(ListingStatus.Listed);
    }

    [Fact]
    public async Task Listing_TwoUrbanArtisansConfirmFromTheSameCounts_LaterCommitRerunsAndIsToldItWaits()
    {
        await SeedListedAsync(rural: 5, urban: 1);
        var code = await ArtisanJourney.OpenShopAsync(_flow, UrbanPhone, Zone.Urban, "en");
        var otherCode = await ArtisanJourney.OpenShopAsync(_flow, OtherUrbanPhone, Zone.Urban, "en");
        await UpToHandmadeAsync(UrbanPhone, "City lamp");
        await UpToHandmadeAsync(OtherUrbanPhone, "Brass tray");
        IReadOnlyList<OutboxMessage> otherReplies = [];
        _flow.Store.BeforeCommit = async changes =>
        {
            if (otherReplies.Count == 0 && changes.Puts.OfType<Product>().Any(p => p.ShopId == code))
            {
                await _flow.Send(OtherUrbanPhone, "1");
                otherReplies = _flow.LastMessages;
            }
        };

        await _flow.Send(UrbanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("⏳ \"City lamp\" is saved, but it is waiting"));

        otherReplies[0].Body.Should().StartWith("✅ Listed!\n🏷️ Brass tray");
        _flow.Store.Conflicts.Should().Be(1, "the first commit read the counts before the other listing");
        (await _flow.Store.CountListedByZoneAsync()).Should().Be(new ZoneShare(5, 0, 2));
        (await _flow.Store.ListProductsAsync(code)).Single().Status.Should().Be(ListingStatus.WaitingForRoom);
        (await _flow.Store.ListProductsAsync(otherCode)).Single().Status.Should().Be(ListingStatus.Listed);
    }

    [Fact]
    public async Task Listing_ProcessorRestartsMidListing_CarriesOn()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(Phone, "Plateau en thuya");
        await _flow.Send(Phone, "600");

        _flow.Restart();

        await _flow.Send(Phone, "3").ExpectReply(r => r.Should().Contain("fait à la main"));
        _flow.Restart();
        await _flow.Send(Phone, "oui")
            .ExpectReply(r => r.Should().Contain("🏷️ Plateau en thuya").And.Contain("💰 600 MAD · 📦 3"));

        var product = (await _flow.Store.ListProductsAsync(code)).Single();
        product.PhotoUrl.Should().Be(ArtisanJourney.Photo().Url);
        product.Quantity.Should().Be(3);
    }

    private async Task UpToHandmadeAsync(string phone, string title)
    {
        await _flow.Send(phone, "1");
        await _flow.Send(phone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(phone, title);
        await _flow.Send(phone, "200");
        await _flow.Send(phone, "1").ExpectReply(r => r.Should().Contain("handmade"));
    }

    private async Task SeedListedAsync(int rural, int urban)
    {
        var changes = new ChangeSet();
        var zones = Enumerable.Repeat(Zone.Rural, rural).Concat(Enumerable.Repeat(Zone.Urban, urban));
        foreach (var (zone, i) in zones.Select((zone, i) => (zone, i)))
        {
            changes.Put(new Product
            {
                Id = $"SEEDS-{i + 1}",
                ShopId = "SEEDS",
                Title = "Tapis",
                PriceMad = 500,
                Quantity = 1,
                Zone = zone,
                Handmade = true,
                Status = ListingStatus.Listed,
                CreatedAt = _flow.Clock.GetUtcNow(),
            });
        }

        await _flow.Store.CommitAsync(changes);
    }
}
