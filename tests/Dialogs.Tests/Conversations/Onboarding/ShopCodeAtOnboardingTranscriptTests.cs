using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

/// <summary>A shop code sent at an onboarding question (not as the first message) leads to that shop.</summary>
public sealed class ShopCodeAtOnboardingTranscriptTests : IDisposable
{
    private const string Phone = "+212600000071";

    private readonly TestFlow _flow = new();

    public ShopCodeAtOnboardingTranscriptTests()
    {
        SeedAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task RoleMenu_ShopCode_EntersTheShopAsBuyerInTheChosenLanguage()
    {
        await _flow.Send(Phone, "Salam");
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("on parle français"));

        await _flow.Send(Phone, "k7p3q")
            .ExpectReply(r => r.Should().Be("🏪 Bienvenue chez Atelier Fatima !"))
            .ExpectReply(r => r.Should().Be("1️⃣ Tajine bleu — 300 MAD"))
            .ExpectReply(r => r.Should().Be("2️⃣ Tapis rouge — 1200 MAD"))
            .ExpectReply(r => r.Should().Contain("1️⃣ 🛍️ Tajine bleu"))
            .ExpectNoMoreReplies();

        var person = _flow.Person(Phone)!;
        person.Role.Should().Be(Role.Buyer);
        person.Language.Should().Be("fr");
    }

    [Fact]
    public async Task LanguageMenu_LinkPrefilledText_AsksTheLanguageOnceMoreThenEntersTheShop()
    {
        var link = new Uri(ShopCodes.ClickToChatLink(TestFlow.BotNumber, ShopCode));
        var prefilled = Uri.UnescapeDataString(link.Query["?text=".Length..]);
        await _flow.Send(Phone, "Salam").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));

        await _flow.Send(Phone, prefilled)
            .ExpectReply(r => r.Should().StartWith("👋").And.Contain("1️⃣ 🇫🇷 Français"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "English")
            .ExpectReply(r => r.Should().Be("✅ Done, we will talk in English."))
            .ExpectReply(r => r.Should().Be("🏪 Welcome to Atelier Fatima!"));

        _flow.Person(Phone)!.Role.Should().Be(Role.Buyer);
    }

    [Fact]
    public async Task LanguageCommand_PersonWithoutRole_ShopCodeEntersTheShopKeepingTheLanguage()
    {
        await _flow.Send(Phone, "Salam");
        await _flow.Send(Phone, "5");
        await _flow.Send(Phone, "language").ExpectReply(r => r.Should().Contain("Choose your language"));

        await _flow.Send(Phone, ShopCode)
            .ExpectReply(r => r.Should().Be("🏪 Welcome to Atelier Fatima!"));

        var person = _flow.Person(Phone)!;
        person.Role.Should().Be(Role.Buyer);
        person.Language.Should().Be("en");
    }

    [Fact]
    public async Task RoleMenu_CodeOfNoShop_AsksTheRoleAgain()
    {
        await _flow.Send(Phone, "Salam");
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "ZZ9ZZ")
            .ExpectReply(r => r.Should().StartWith("Choisissez 1, 2 ou 3"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.Role.Should().Be(Role.None);
    }

    [Fact]
    public async Task LanguageCommand_ArtisanSendsAShopCode_StaysAnArtisan()
    {
        await _flow.Send(ArtisanPhone, "langue");

        await _flow.Send(ArtisanPhone, ShopCode)
            .ExpectReply(r => r.Should().StartWith("Envoyez juste le numéro"))
            .ExpectNoMoreReplies();

        _flow.Person(ArtisanPhone)!.Role.Should().Be(Role.Artisan);
    }
}
