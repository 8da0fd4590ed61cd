using System.Globalization;

namespace SoukPlay.Dialogs.Text;

/// <summary>
/// Cuts a long body into parts that fit one message (Twilio takes 1 600 characters), numbered
/// "(1/3) ", "(2/3) " ... Cuts fall after a sentence when one ends in the second half of a
/// part, else at a space, else between two text elements: never inside a surrogate pair, an
/// emoji ZWJ sequence, a flag or a keycap (only a single text element longer than a whole part
/// is cut inside, between code points). Lengths are counted in UTF-16 code units, as Twilio
/// counts them.
/// </summary>
public static class MessageSplitter
{
    /// <summary>Twilio's limit on one message body.</summary>
    public const int MaxLength = 1600;

    public static IReadOnlyList<string> Split(string body, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);

        if (body.Length <= maxLength)
        {
            return [body];
        }

        var elements = TextElements(body);
        var count = 2;
        while (true)
        {
            var chunks = Cut(body, elements, maxLength - Prefix(count, count).Length);
            if (chunks.Count <= count || Prefix(chunks.Count, chunks.Count).Length == Prefix(count, count).Length)
            {
                return [.. chunks.Select((chunk, i) => Prefix(i + 1, chunks.Count) + chunk)];
            }

            count = chunks.Count;
        }
    }

    private static string Prefix(int number, int count) => $"({number}/{count}) ";

    private static int[] TextElements(string body)
    {
        var starts = StringInfo.ParseCombiningCharacters(body);
        return [.. starts, body.Length];
    }

    private static List<string> Cut(string body, int[] boundaries, int budget)
    {
        var chunks = new List<string>();
        var start = 0;
        var b = 0;
        while (start < body.Length)
        {
            while (boundaries[b] <= start && b < boundaries.Length - 1)
            {
                b++;
            }

            var end = start;
            var last = b;
            while (last < boundaries.Length && boundaries[last] - start <= budget)
            {
                end = boundaries[last];
                last++;
            }

            if (end == start)
            {
                end = CutOversizedElement(body, start, budget);
            }
            else if (end < body.Length)
            {
                end = BestBreak(body, start, end, boundaries);
            }

            chunks.Add(body[start..end].Trim());
            start = end;
            while (start < body.Length && char.IsWhiteSpace(body[start]))
            {
                start++;
            }
        }

        return chunks;
    }

    private static int BestBreak(string body, int start, int end, int[] boundaries)
    {
        var half = start + ((end - start) / 2);
        for (var i = end - 1; i > half; i--)
        {
            if ((IsSentenceEnd(body[i - 1]) && char.IsWhiteSpace(body[i])) || body[i] == '\n')
            {
                return i;
            }
        }

        for (var i = end; i > half; i--)
        {
            if (char.IsWhiteSpace(body[i]) && Array.BinarySearch(boundaries, i) >= 0)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// A single text element longer than a whole part (hundreds of stacked combining marks) can
    /// only be cut inside; the cut still keeps surrogate pairs whole.
    /// </summary>
    private static int CutOversizedElement(string body, int start, int budget)
    {
        var end = start + budget;
        return char.IsLowSurrogate(body[end]) ? end - 1 : end;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '؟' or '…';
}
