using SoukPlay.Dialogs.Language;
using Xunit.Abstractions;

namespace SoukPlay.Dialogs.Tests.Language;

public sealed class LanguageDetectorTests : IClassFixture<LinguaModelFixture>
{
    private readonly LinguaModelFixture _fixture;
    private readonly LanguageDetector _detector;
    private readonly ITestOutputHelper _output;

    public LanguageDetectorTests(LinguaModelFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _detector = new LanguageDetector(fixture.Model);
        _output = output;
    }

    [Theory]
    [InlineData("Bonjour, je voudrais savoir le prix de ce tapis", "en", "fr")]
    [InlineData("Hello, I would like to know the price of this rug", "fr", "en")]
    [InlineData("Hola, quisiera saber el precio de esta alfombra", "fr", "es")]
    [InlineData("السلام عليكم، أريد أن أعرف سعر هذه الزربية", "fr", "ar")]
    [InlineData("السلام، بغيت نعرف شحال هاد الزربية", "fr", "ary")]
    [InlineData("salam, bghit n3ref chhal had zarbia", "fr", "ary-Latn")]
    [InlineData("wach kayn chi 7aja kbira?", "en", "ary-Latn")]
    public void Detect_LongerText_FindsItsLanguage(string text, string saved, string expected)
    {
        var detection = _detector.Detect(text, saved);

        detection.Language.Should().Be(expected);
        detection.IsDetected.Should().BeTrue();
    }

    [Theory]
    [InlineData("2")]
    [InlineData("٣")]
    [InlineData("3\uFE0F\u20E3")]
    [InlineData("👍🙏")]
    [InlineData("oui")]
    [InlineData("yes please")]
    [InlineData("1200 dh")]
    [InlineData("ok merci")]
    public void Detect_DigitsEmojiOrOneTwoWords_ReturnsSavedLanguage(string text)
    {
        var detection = _detector.Detect(text, "es");

        detection.Language.Should().Be("es");
        detection.Evidence.Should().Be(LanguageEvidence.Prior);
    }

    [Fact]
    public void Detect_ArabicScriptWhenSavedIsDarija_KeepsDarija()
    {
        var detection = _detector.Detect("السلام عليكم أريد أن أعرف السعر", "ary");

        detection.Language.Should().Be("ary");
    }

    [Fact]
    public void Detect_ArabiziSavedAndFewDarijaWords_KeepsArabizi()
    {
        var detection = _detector.Detect("ok mzyan pour le prix", "ary-Latn");

        detection.Language.Should().Be("ary-Latn");
    }

    [Fact]
    public void ShouldSwitchLanguage_OneLongerMessage_DoesNotSwitch()
    {
        var history = new[] { Detected("en") };

        LanguageDetector.ShouldSwitchLanguage("fr", history, out _).Should().BeFalse();
    }

    [Fact]
    public void ShouldSwitchLanguage_TwoConsecutiveInAnotherLanguage_Switches()
    {
        var history = new[] { Detected("fr"), Detected("en"), Detected("en") };

        LanguageDetector.ShouldSwitchLanguage("fr", history, out var language).Should().BeTrue();
        language.Should().Be("en");
    }

    [Fact]
    public void ShouldSwitchLanguage_ShortMessageBetween_DoesNotSwitch()
    {
        var history = new[] { Detected("en"), new LanguageDetection("fr", 1, LanguageEvidence.Prior) };

        LanguageDetector.ShouldSwitchLanguage("fr", history, out _).Should().BeFalse();
    }

    [Fact]
    public void ShouldSwitchLanguage_TwoDifferentOtherLanguages_DoesNotSwitch()
    {
        var history = new[] { Detected("en"), Detected("es") };

        LanguageDetector.ShouldSwitchLanguage("fr", history, out _).Should().BeFalse();
    }

    [Fact]
    public void LinguaModel_Build_IsMeasured()
    {
        _output.WriteLine(
            $"Lingua build: {_fixture.Model.BuildTime.TotalMilliseconds:F0} ms, "
            + $"retained {_fixture.RetainedBytes / 1024 / 1024} MiB");

        _fixture.Model.BuildTime.Should().BePositive();
        _fixture.Model.Confidences("Merci beaucoup pour votre message")[0].Key.Should().Be("fr");
    }

    private static LanguageDetection Detected(string language) =>
        new(language, 0.9, LanguageEvidence.Lingua);
}
