using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Localization;

/// <summary>
/// A first contact sees the seven languages, picks one by number or by its name, and the role
/// menu that follows speaks that language.
/// </summary>
public sealed class LanguageMenuTranscriptTests : IDisposable
{
    private const string Phone = "+212600000042";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task FirstContact_LanguageMenu_ListsTheSevenLanguagesInOrder()
    {
        await _flow.Send(Phone, "salam")
            .ExpectReply(r => r.Should()
                .Contain("1️⃣ 🇫🇷 Français")
                .And.Contain("2️⃣ 🇲🇦 الدارجة")
                .And.Contain("3️⃣ 🇲🇦 Darija (3arbizi)")
                .And.Contain("4️⃣ 🇲🇦 العربية الفصحى")
                .And.Contain("5️⃣ 🇬🇧 English")
                .And.Contain("6️⃣ 🇪🇸 Español")
                .And.Contain("7️⃣ ⵣ ⵜⴰⵎⴰⵣⵉⵖⵜ"))
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("1", "fr", "on parle français", "Qui êtes-vous", "Acheteur")]
    [InlineData("2", "ary", "بالدارجة", "شكون نتا", "مشتري")]
    [InlineData("3", "ary-Latn", "nhedro b darija", "Chkoun nta", "Mochtari")]
    [InlineData("darija", "ary-Latn", "nhedro b darija", "Chkoun nta", "Mochtari")]
    [InlineData("4️⃣", "ar", "بالعربية الفصحى", "من أنت", "مشترٍ")]
    [InlineData("العربية", "ar", "بالعربية الفصحى", "من أنت", "مشترٍ")]
    [InlineData("5", "en", "talk in English", "Who are you", "Buyer")]
    [InlineData("6", "es", "hablaremos en español", "¿Quién eres?", "Comprador")]
    [InlineData("Español", "es", "hablaremos en español", "¿Quién eres?", "Comprador")]
    [InlineData("7", "zgh", "ⵙ ⵜⵎⴰⵣⵉⵖⵜ", "ⵎⴰⴷ ⵜⴳⵉⴷ", "ⴰⵎⵙⴰⵖ")]
    [InlineData("tamazight", "zgh", "ⵙ ⵜⵎⴰⵣⵉⵖⵜ", "ⵎⴰⴷ ⵜⴳⵉⴷ", "ⴰⵎⵙⴰⵖ")]
    public async Task PickLanguage_ThenRoleMenu_InThatLanguage(
        string reply, string language, string saved, string roleQuestion, string buyer)
    {
        await _flow.Send(Phone, "salam");

        await _flow.Send(Phone, reply)
            .ExpectReply(r => r.Should().Contain(saved))
            .ExpectReply(r => r.Should().Contain(roleQuestion).And.Contain($"2️⃣ 🛍️ {buyer}"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.Language.Should().Be(language);
    }

    [Theory]
    [InlineData("bghit nchri", "ary-Latn", "Mar7ba bik, Mochtari")]
    [InlineData("ⴰⵎⵙⴰⵖ", "zgh", "ⴰⵏⵙⵓⴼ, ⴰⵎⵙⴰⵖ")]
    [InlineData("comprador", "es", "¡Bienvenido, Comprador!")]
    [InlineData("مشتري", "ar", "أهلًا بك، مشترٍ")]
    public async Task PickRole_ByWordOfTheLanguage_Welcomes(string role, string language, string welcome)
    {
        var number = CatalogueFile.Languages.ToList().IndexOf(language) + 1;
        await _flow.Send(Phone, "salam");
        await _flow.Send(Phone, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await _flow.Send(Phone, role).ExpectReply(r => r.Should().Contain(welcome));
    }
}
