using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

public sealed class OnboardingTranscriptTests : IDisposable
{
    private const string Phone = "+212600000001";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task FirstContact_French_ChoosesLanguageThenRoleAndLandsInRoleDialog()
    {
        await _flow.Send(Phone, "Salam")
            .ExpectReply(r =>
            {
                r.Should().Contain("Choisissez votre langue");
                r.Should().Contain("1️⃣ 🇫🇷 Français").And.Contain("2️⃣ 🇲🇦 الدارجة").And.Contain("🇬🇧 English");
            })
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("on parle français"))
            .ExpectReply(r => r.Should().Contain("Qui êtes-vous").And.Contain("1️⃣ 🧑‍🎨 Artisan")
                .And.Contain("2️⃣ 🛍️ Acheteur").And.Contain("3️⃣ 👥 Responsable de coopérative"));

        await _flow.Send(Phone, "artisane")
            .ExpectReply(r => r.Should().Be("👍 Bienvenue, Artisan !"))
            .ExpectReply(r => r.Should().Contain("Ouvrons votre boutique"))
            .ExpectReply(r => r.Should().Contain("Quel est votre métier"))
            .ExpectNoMoreReplies();

        var person = _flow.Person(Phone)!;
        person.Language.Should().Be("fr");
        person.Role.Should().Be(Role.Artisan);
    }

    [Fact]
    public async Task FirstContact_English_ByWordAndKeycap_SavesBuyer()
    {
        await _flow.Send(Phone, "hi").ExpectReply(r => r.Should().Contain("Choose your language"));

        await _flow.Send(Phone, "English")
            .ExpectReply(r => r.Should().Be("✅ Done, we will talk in English."))
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?"));

        await _flow.Send(Phone, "2️⃣")
            .ExpectReply(r => r.Should().Be("👍 Welcome, Buyer!"))
            .ExpectReply(r => r.Should().Contain("Send the code of the shop"));

        _flow.Person(Phone)!.Role.Should().Be(Role.Buyer);
    }

    [Fact]
    public async Task FirstContact_Darija_ArabicIndicDigits_SavesLeader()
    {
        await _flow.Send(Phone, "السلام").ExpectReply(r => r.Should().Contain("ختار اللغة"));

        await _flow.Send(Phone, "٢")
            .ExpectReply(r => r.Should().Be("✅ مزيان، غادي نهضرو بالدارجة."))
            .ExpectReply(r => r.Should().Contain("شكون نتا").And.Contain("3️⃣ 👥 مسؤول التعاونية"));

        await _flow.Send(Phone, "تعاونية")
            .ExpectReply(r => r.Should().Be("👍 مرحبا بيك، مسؤول التعاونية!"))
            .ExpectReply(r => r.Should().Contain("سمية التعاونية"));

        var person = _flow.Person(Phone)!;
        person.Language.Should().Be("ary");
        person.Role.Should().Be(Role.Leader);
    }

    [Fact]
    public async Task LanguageCommand_AfterOnboarding_ChangesLanguageAndKeepsRole()
    {
        await _flow.Send(Phone, "hello");
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "langue").ExpectReply(r => r.Should().Contain("Choose your language"));
        await _flow.Send(Phone, "English").ExpectReply(r => r.Should().Contain("in English"));

        await _flow.Send(Phone, "menu").ExpectReply(r => r.Should().Contain("Let's open your shop"));
        _flow.Person(Phone)!.Role.Should().Be(Role.Artisan);
    }

    [Fact]
    public async Task ReturningPerson_AnyMessage_GoesStraightToRoleDialog()
    {
        await _flow.Send(Phone, "hello");
        await _flow.Send(Phone, "English");
        await _flow.Send(Phone, "buyer");

        await _flow.Send(Phone, "anything")
            .ExpectReply(r => r.Should().Contain("I do not know this code"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LanguageMenu_UnknownReply_RetriesThenHelps()
    {
        await _flow.Send(Phone, "hello");

        await _flow.Send(Phone, "banana")
            .ExpectReply(r => r.Should().StartWith("Envoyez juste le numéro").And.Contain("1️⃣ 🇫🇷 Français"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "banana")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Répondez avec le numéro"))
            .ExpectReply(r => r.Should().Contain("Choisissez votre langue").And.Contain("1️⃣ 🇫🇷 Français"))
            .ExpectNoMoreReplies();
    }
}
