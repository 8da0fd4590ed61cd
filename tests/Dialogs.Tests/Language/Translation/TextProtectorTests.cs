using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

public sealed class TextProtectorTests
{
    [Theory]
    [InlineData("salam, bghit n3ref chhal had zarbia? 1 200 dh wla 1.500 dh")]
    [InlineData("Je propose 45€ ou €50, pas plus 🙏🏽")]
    [InlineData("ميتين درهم؟ ٢٠٠ درهم 👍 ok")]
    [InlineData("Code boutique AB12C, tapis Beni Ouarain 3x2 m")]
    [InlineData("text with ⟦0⟧ already inside and a stray ⟧ bracket ⟦")]
    [InlineData("keycaps 1️⃣ 2️⃣ and family 👨‍👩‍👧 and flag 🇲🇦")]
    [InlineData("")]
    [InlineData("$30.50 or 30,50 € or 1'200 CHF")]
    public void ProtectRestore_AdversarialInput_RoundTrips(string text)
    {
        var protectedText = TextProtector.Protect(text, ["Beni Ouarain"]);

        protectedText.Restore(protectedText.Text).Should().Be(text);
    }

    [Fact]
    public void Protect_PricesEmojiCodesAndNames_LeavesOnlyWordsVisible()
    {
        var protectedText = TextProtector.Protect(
            "Le Beni Ouarain de la boutique KX7Q2 fait 1 200 dh 👍, soit €110", ["Beni Ouarain"]);

        protectedText.Text.Should().Be("Le ⟦0⟧ de la boutique ⟦1⟧ fait ⟦2⟧ ⟦3⟧, soit ⟦4⟧");
        protectedText.Values.Should().Equal("Beni Ouarain", "KX7Q2", "1 200 dh", "👍", "€110");
    }

    [Fact]
    public void Protect_ArabiziDigitLetters_AreNotNumbers()
    {
        var protectedText = TextProtector.Protect("bghit n3ref ch7al 3afak, 7aja b 200dh");

        protectedText.Text.Should().Be("bghit n3ref ch7al 3afak, 7aja b ⟦0⟧");
    }

    [Fact]
    public void Protect_CapitalisedWordWithoutDigit_IsNotAShopCode()
    {
        TextProtector.Protect("MERCI beaucoup").Values.Should().BeEmpty();
    }

    [Fact]
    public void Restore_ProviderReorderedAndSpacedPlaceholders_PutsEachValueBack()
    {
        var protectedText = TextProtector.Protect("n3tik 300 dh f KX7Q2 👍");

        var restored = protectedText.Restore("👉 ⟦ 2 ⟧ ⟦1⟧: I give you ⟦٠⟧");

        restored.Should().Be("👉 👍 KX7Q2: I give you 300 dh");
    }

    [Fact]
    public void Restore_ProviderDroppedPlaceholder_AppendsValueAtEnd()
    {
        var protectedText = TextProtector.Protect("last price 450 dh, ok?");

        protectedText.Restore("dernier prix, d'accord ?").Should().Be("dernier prix, d'accord ? 450 dh");
    }

    [Fact]
    public void Restore_ProviderInventedPlaceholder_DropsIt()
    {
        var protectedText = TextProtector.Protect("only 45€");

        protectedText.Restore("seulement ⟦0⟧ ⟦7⟧").Should().Be("seulement 45€ ");
    }
}
