using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

public sealed class GlossaryTranslatorTests
{
    private readonly GlossaryTranslator _glossary = new();

    [Theory]
    [InlineData("chhal?", "ary-Latn", "es", "¿cuánto?")]
    [InlineData("Ghalia bzaf!", "ary-Latn", "fr", "c'est trop cher")]
    [InlineData("¿Cuánto cuesta?", "es", "ary-Latn", "chhal?")]
    [InlineData("n3tik 300 dh", "ary-Latn", "es", "le ofrezco 300 dh")]
    [InlineData("I can pay €45", "en", "ary", "نعطيك €45")]
    [InlineData("le prix est 1 200 MAD", "fr", "en", "the price is 1 200 MAD")]
    [InlineData("شكرا", "ary", "en", "thank you")]
    [InlineData("Merci", "fr", "ary-Latn", "choukran")]
    public async Task TranslateAsync_KnownPhrase_Translates(string text, string from, string to, string expected)
    {
        var result = await _glossary.TranslateAsync(text, from, to, CancellationToken.None);

        result.Text.Should().Be(expected);
        result.Outcome.Should().Be(TranslationOutcome.Translated);
    }

    [Fact]
    public async Task TranslateAsync_UnknownSentence_DeliversItMarkedWithItsLanguage()
    {
        var result = await _glossary.TranslateAsync("salam bghit nchouf zarbia khadra", "ary-Latn", "es", default);

        result.Text.Should().Be("[ary-Latn] salam bghit nchouf zarbia khadra");
        result.Outcome.Should().Be(TranslationOutcome.Untranslated);
        result.IsTranslated.Should().BeFalse();
    }

    [Fact]
    public async Task TranslateAsync_SameLanguage_ReturnsTextAsIs()
    {
        var result = await _glossary.TranslateAsync("bonjour tout le monde", "fr", "fr", default);

        result.Text.Should().Be("bonjour tout le monde");
        result.Outcome.Should().Be(TranslationOutcome.Translated);
    }

    [Fact]
    public async Task TranslateBatchAsync_SeveralTexts_KeepsOrder()
    {
        var results = await _glossary.TranslateBatchAsync(["merci", "zzz", "oui"], "fr", "en", default);

        results.Select(r => r.Text).Should().Equal("thank you", "[fr] zzz", "okay");
    }
}
