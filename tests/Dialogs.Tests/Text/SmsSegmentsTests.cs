using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Tests.Text;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Count_Gsm7Text_Uses160Then153(int length, int expected)
    {
        SmsSegments.Count(new string('a', length)).Should().Be(expected);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Count_ArabicText_Uses70Then67(int length, int expected)
    {
        SmsSegments.Count(new string('س', length)).Should().Be(expected);
    }

    [Fact]
    public void Count_OneEmojiInLatinText_ForcesUcs2()
    {
        var body = new string('a', 100) + "👍";

        SmsSegments.IsGsm7(body).Should().BeFalse();
        SmsSegments.Count(body).Should().Be(2);
    }

    [Fact]
    public void Count_ExtensionCharacters_CountTwice()
    {
        var body = new string('a', 158) + "€";

        SmsSegments.IsGsm7(body).Should().BeTrue();
        SmsSegments.Count(body).Should().Be(1);
        SmsSegments.Count(body + "a").Should().Be(2);
    }

    [Fact]
    public void IsGsm7_FrenchAccentsOutsideTheAlphabet_IsFalse()
    {
        SmsSegments.IsGsm7("prix: 200 dh, très beau").Should().BeTrue();
        SmsSegments.IsGsm7("ça coûte 200").Should().BeFalse();
    }
}
