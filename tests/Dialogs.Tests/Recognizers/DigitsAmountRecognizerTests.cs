using SoukPlay.Dialogs.Recognizers;

namespace SoukPlay.Dialogs.Tests.Recognizers;

public sealed class DigitsAmountRecognizerTests
{
    private readonly DigitsAmountRecognizer _recognizer = new();

    [Theory]
    [InlineData("250", 250)]
    [InlineData("1200", 1200)]
    [InlineData("1 200", 1200)]
    [InlineData("1\u00A0200 dh", 1200)]
    [InlineData("1.200", 1200)]
    [InlineData("1,200,000", 1200000)]
    [InlineData("12,5", 12.5)]
    [InlineData("1 200.50", 1200.50)]
    [InlineData("١٢٠٠", 1200)]
    [InlineData("١٬٢٠٠", 1200)]
    [InlineData("۴۵۰ درهم", 450)]
    [InlineData("3\uFE0F\u20E30\uFE0F\u20E30\uFE0F\u20E3", 300)]
    [InlineData("prix: 300.", 300)]
    public void Recognize_DigitsAnyScriptAndSeparators_ReadsAmount(string text, double expected)
    {
        _recognizer.Recognize(text, "fr").Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mitayn")]
    [InlineData("cher")]
    public void Recognize_NoDigits_NotRecognized(string text)
    {
        _recognizer.Recognize(text, "fr").IsRecognized.Should().BeFalse();
    }

    [Fact]
    public void Recognize_TwoDifferentNumbers_Ambiguous()
    {
        var result = _recognizer.Recognize("2 pieces for 300", "en");

        result.IsAmbiguous.Should().BeTrue();
        result.Candidates.Should().Equal(2m, 300m);
    }
}
