using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

public sealed class ArtisanProfileTranscriptTests : IDisposable
{
    private const string Phone = "+212600000101";
    private const string Link = "https://wa.me/212522000000?text=";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Onboarding_French_OpensShopWithCodeAndLinkThenShowsMenu()
    {
        await _flow.Send(Phone, "Salam");
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "artisan")
            .ExpectReply(r => r.Should().Be("👍 Bienvenue, Artisan !"))
            .ExpectReply(r => r.Should().Contain("Ouvrons votre boutique"))
            .ExpectReply(r => r.Should().Contain("Quel est votre métier").And.Contain("1️⃣ 🏺 Poterie et céramique")
                .And.Contain("9️⃣ 🪡 Broderie").And.Contain("10. 🧺 Vannerie").And.Contain("11. 👘 Vêtements")
                .And.Contain("12. 🪨 Sculpture sur pierre et plâtre"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "3")
            .ExpectReply(r => r.Should().Contain("Où travaillez-vous").And.Contain("1️⃣ 🏔️ À la campagne")
                .And.Contain("2️⃣ 🏘️ Près d'une ville").And.Contain("3️⃣ 🏙️ En ville"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "campagne")
            .ExpectReply(r => r.Should().Contain("Quel nom voient les acheteurs").And.NotContain("1️⃣"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "Tapis Aït Benhaddou")
            .ExpectReply(r =>
            {
                var code = _flow.Store.FindShopByOwnerAsync(Phone).GetAwaiter().GetResult()!.Id;
                r.Should().Contain("« Tapis Aït Benhaddou » est ouverte").And.Contain($"Code : {code}")
                    .And.Contain($"{Link}{code}").And.Contain("arrive dans votre boutique");
            })
            .ExpectReply(r => r.Should().Contain("Que voulez-vous faire")
                .And.Contain("1️⃣ 📸 Mettre un produit en vente")
                .And.Contain("2️⃣ 💬 Mes offres").And.Contain("3️⃣ 🔗 Mon code et mon lien")
                .And.Contain("4️⃣ 🏷️ Mes produits"))
            .ExpectNoMoreReplies();

        var shop = (await _flow.Store.FindShopByOwnerAsync(Phone))!;
        shop.DisplayName.Should().Be("Tapis Aït Benhaddou");
        shop.Sector.Should().Be(CraftSector.Carpets);
        shop.Zone.Should().Be(Zone.Rural);
        shop.Id.Should().MatchRegex("^[2-9A-HJKMNP-Z]{5}$");
    }

    [Fact]
    public async Task Profile_English_ProfileNameAsChoiceOneAndTwoDigitSector_Saved()
    {
        var first = _flow.Send(Phone, "hi").Activity with { ProfileName = "Fatima Z." };
        await _flow.RunAsync(first);
        await _flow.Send(Phone, "English");
        await _flow.Send(Phone, "1️⃣");

        await _flow.Send(Phone, "1️⃣1️⃣")
            .ExpectReply(r => r.Should().Contain("Where do you work?"));
        await _flow.Send(Phone, "3⃣")
            .ExpectReply(r => r.Should().Contain("What name do buyers see?").And.Contain("1️⃣ Fatima Z.")
                .And.Contain("Or write another name"));

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("Your shop \"Fatima Z.\" is open!"))
            .ExpectReply(r => r.Should().Contain("What would you like to do?"));

        var shop = (await _flow.Store.FindShopByOwnerAsync(Phone))!;
        shop.DisplayName.Should().Be("Fatima Z.");
        shop.Sector.Should().Be(CraftSector.Clothing);
        shop.Zone.Should().Be(Zone.Urban);
    }

    [Fact]
    public async Task Profile_ProfileNameWithoutLetters_NotOfferedAndOneIsRefused()
    {
        var first = _flow.Send(Phone, "salut").Activity with { ProfileName = "🌸🌸" };
        await _flow.RunAsync(first);
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("Quel nom").And.NotContain("🌸"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().StartWith("✍️ Écrivez un nom avec des lettres"));
        (await _flow.Store.FindShopByOwnerAsync(Phone)).Should().BeNull();
    }

    [Fact]
    public async Task Profile_Darija_ArabicIndicDigits_SavesSectorTwelveAndPeriUrban()
    {
        await ArtisanJourney.OnboardAsync(_flow, Phone, "ary");

        await _flow.Send(Phone, "١٢").ExpectReply(r => r.Should().Contain("فين كتخدم")
            .And.Contain("🏘️ قريب من المدينة"));
        await _flow.Send(Phone, "٢").ExpectReply(r => r.Should().Contain("شنو السمية"));
        await _flow.Send(Phone, "دار الجبص")
            .ExpectReply(r => r.Should().Contain("«دار الجبص» تحل").And.Contain("🔑 الكود").And.Contain(Link))
            .ExpectReply(r => r.Should().Contain("شنو بغيتي دير").And.Contain("📸 زيد منتوج للبيع"));

        var shop = (await _flow.Store.FindShopByOwnerAsync(Phone))!;
        shop.Sector.Should().Be(CraftSector.StoneCarving);
        shop.Zone.Should().Be(Zone.PeriUrban);
    }

    [Fact]
    public async Task Profile_UnknownReplies_RetryThenHelpAtEveryStep()
    {
        await ArtisanJourney.OnboardAsync(_flow, Phone);

        await _flow.Send(Phone, "banane")
            .ExpectReply(r => r.Should().StartWith("Envoyez le numéro de votre métier").And.Contain("12. 🪨"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "13")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Répondez avec le numéro"))
            .ExpectReply(r => r.Should().Contain("Quel est votre métier"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "poterie").ExpectReply(r => r.Should().Contain("Où travaillez-vous"));

        await _flow.Send(Phone, "la lune").ExpectReply(r => r.Should().StartWith("Envoyez 1, 2 ou 3"));
        await _flow.Send(Phone, "7")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Contain("Où travaillez-vous"));
        await _flow.Send(Phone, "3").ExpectReply(r => r.Should().Contain("Quel nom"));

        await _flow.Send(Phone, "😀👍").ExpectReply(r => r.Should().StartWith("✍️ Écrivez un nom avec des lettres"));
        await _flow.Send(Phone, "123")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Contain("Quel nom"));
        (await _flow.Store.FindShopByOwnerAsync(Phone)).Should().BeNull();

        await _flow.Send(Phone, "Poterie Safi").ExpectReply(r => r.Should().Contain("est ouverte"));
        (await _flow.Store.FindShopByOwnerAsync(Phone))!.Sector.Should().Be(CraftSector.Pottery);
    }

    [Fact]
    public async Task ReturningArtisan_WithShop_MenuCommandShowsMenuWithoutProfile()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);
        _flow.Restart();

        await _flow.Send(Phone, "0")
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Menu_ShopCode_ShowsCodeAndLinkThenMenuAgain()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone);

        await _flow.Send(Phone, "3")
            .ExpectReply(r => r.Should().Contain("🏪 Atelier Test").And.Contain($"Code : {code}")
                .And.Contain($"{Link}{code}"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Menu_Offers_NoneWaiting_SaysSoThenMenuAgain()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);

        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Be("📭 Aucune offre n'attend votre réponse."))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Menu_UnknownReplies_RetryThenHelp()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);

        await _flow.Send(Phone, "pizza").ExpectReply(r => r.Should().StartWith("Envoyez 1, 2, 3, 4 ou 5"));
        await _flow.Send(Phone, "pizza")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"));
    }
}
