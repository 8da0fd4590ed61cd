using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  OUI ! ", "oui")]
    [InlineData("Présidente", "presidente")]
    [InlineData("d'accord", "d accord")]
    [InlineData("نَعَم", "نعم")]
    [InlineData("إيه", "ايه")]
    [InlineData("الدارجة", "الدارجه")]
    [InlineData("٣", "3")]
    [InlineData("3\uFE0F\u20E3", "3")]
    [InlineData("🔟", "10")]
    [InlineData(" 🔟 ", "10")]
    [InlineData("👍", "")]
    [InlineData(null, "")]
    public void Normalize_FoldsCaseAccentsScriptsAndPunctuation(string? text, string expected)
    {
        TextNormalizer.Normalize(text).Should().Be(expected);
    }
}
