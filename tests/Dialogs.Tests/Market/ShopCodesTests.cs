using SoukPlay.Dialogs.Market;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class ShopCodesTests
{
    [Fact]
    public void NewCode_MixesLettersAndDigitsWithoutLookAlikes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => ShopCodes.NewCode()).ToList();

        codes.Should().OnlyContain(c => c.Length == 5 && c.Any(char.IsAsciiDigit) && c.Any(char.IsAsciiLetter));
        codes.Should().OnlyContain(c => !c.Intersect("01OIL").Any());
        codes.Should().OnlyContain(c => ShopCodes.Find(c) == c);
    }

    [Theory]
    [InlineData("K7P3Q", "K7P3Q")]
    [InlineData("shop k7p3q please", "K7P3Q")]
    [InlineData("متجر K7P3Q", "K7P3Q")]
    [InlineData("WAKHA", null)]
    [InlineData("25000", null)]
    [InlineData("23456", null)]
    [InlineData("K7P3QX", null)]
    [InlineData("hello", null)]
    public void Find_TakesOnlyCodeShapedWords(string text, string? expected)
    {
        ShopCodes.Find(text).Should().Be(expected);
    }

    [Fact]
    public void ClickToChatLink_OpensTheBotWithTheCodeTyped()
    {
        ShopCodes.ClickToChatLink("+212500000000", "K7P3Q")
            .Should().Be("https://wa.me/212500000000?text=K7P3Q");
    }
}
