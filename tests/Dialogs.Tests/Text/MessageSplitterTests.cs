using System.Globalization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Tests.Text;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortBody_OnePartWithoutNumber()
    {
        MessageSplitter.Split("Salam 👋").Should().Equal("Salam 👋");
    }

    [Fact]
    public void Split_LongText_NumberedPartsAtSentenceEnds_WithinLimit()
    {
        var sentence = "Le tapis est tissé à la main dans le village. ";
        var body = string.Concat(Enumerable.Repeat(sentence, 80)).Trim();

        var parts = MessageSplitter.Split(body);

        parts.Should().HaveCount(3);
        parts.Should().OnlyContain(part => part.Length <= MessageSplitter.MaxLength);
        parts.Select((part, i) => part.StartsWith($"({i + 1}/3) ", StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
        parts.Take(2).Should().OnlyContain(part => part.EndsWith('.'));
        string.Join(" ", parts.Select(p => p[6..])).Should().Be(body);
    }

    [Theory]
    [InlineData("👨‍👩‍👧‍👦")]
    [InlineData("1️⃣")]
    [InlineData("🇲🇦")]
    [InlineData("🧑‍🎨")]
    public void Split_UnbrokenEmojiRun_NeverCutsInsideAnEmoji(string emoji)
    {
        var body = string.Concat(Enumerable.Repeat(emoji, 700));

        var parts = MessageSplitter.Split(body, 100);

        parts.Should().OnlyContain(part => part.Length <= 100);
        foreach (var part in parts)
        {
            var content = part[(part.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var elements = StringInfo.GetTextElementEnumerator(content);
            while (elements.MoveNext())
            {
                elements.GetTextElement().Should().Be(emoji);
            }
        }

        string.Concat(parts.Select(p => p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..])).Should().Be(body);
    }

    [Fact]
    public void Split_NoSentenceEnd_CutsAtSpace()
    {
        var body = string.Join(' ', Enumerable.Repeat("zellige", 40));

        var parts = MessageSplitter.Split(body, 60);

        parts.Should().OnlyContain(part => part.Length <= 60 && part.EndsWith("zellige", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_OneElementLongerThanAPart_CutsBetweenCodePointsAndEnds()
    {
        var body = "a" + new string('\u0301', 250) + " fin";

        var parts = MessageSplitter.Split(body, 100);

        parts.Should().OnlyContain(part => part.Length <= 100);
        string.Concat(parts.Select(p => p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..]))
            .Should().Be(body);
    }

    [Fact]
    public void Split_TenOrMoreParts_PrefixWidthAccounted()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 400));

        var parts = MessageSplitter.Split(body, 100);

        parts.Count.Should().BeGreaterThan(9);
        parts.Should().OnlyContain(part => part.Length <= 100);
        parts[^1].Should().StartWith($"({parts.Count}/{parts.Count}) ");
    }
}
