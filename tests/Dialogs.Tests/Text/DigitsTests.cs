using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Tests.Text;

public sealed class DigitsTests
{
    [Theory]
    [InlineData("🔟", "10")]
    [InlineData("option 🔟 please", "option 10 please")]
    [InlineData("1\uFE0F\u20E3🔟", "110")]
    [InlineData("٣ 🔟", "3 10")]
    public void ToAscii_KeycapTen_ReadsTen(string text, string expected)
    {
        Digits.ToAscii(text).Should().Be(expected);
    }

    [Fact]
    public void ToAscii_OtherEmojiOnTheSamePlane_LeftAsWritten()
    {
        Digits.ToAscii("🔝 🔞").Should().Be("🔝 🔞");
    }
}
