using System.Globalization;

namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>
/// Cuts folded text into numbers, words, currency signs and breaks. "1200dh" gives a number and
/// a word; "3echrin" stays one word, because Arabizi writes letters with digits.
/// </summary>
internal static class AmountTokenizer
{
    public static List<AmountToken> Tokenize(string folded, Func<string, bool> isNumberWord)
    {
        var tokens = new List<AmountToken>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c) || c is '-' or '_')
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ReadDigitStart(folded, i, tokens, isNumberWord);
            }
            else if (char.IsLetter(c))
            {
                var end = EndOfWord(folded, i);
                tokens.Add(new AmountToken(AmountTokenKind.Word, folded[i..end]));
                i = end;
            }
            else
            {
                var kind = c is '€' or '$' or '£' ? AmountTokenKind.Symbol : AmountTokenKind.Break;
                tokens.Add(new AmountToken(kind, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private static int ReadDigitStart(
        string text,
        int start,
        List<AmountToken> tokens,
        Func<string, bool> isNumberWord)
    {
        var wordEnd = EndOfWord(text, start);
        if (wordEnd > start + 1 && (isNumberWord(text[start..wordEnd]) || IsArabiziWord(text, start, wordEnd)))
        {
            tokens.Add(new AmountToken(AmountTokenKind.Word, text[start..wordEnd]));
            return wordEnd;
        }

        var end = EndOfNumber(text, start);
        var raw = text[start..end];
        tokens.Add(NumberReader.TryRead(raw, out var value, out var isFraction)
            ? new AmountToken(AmountTokenKind.Number, raw, value, isFraction)
            : new AmountToken(AmountTokenKind.Break, raw));
        return end;
    }

    /// <summary>
    /// "7aja", "3afak", "9alb": one of the digits Arabizi uses as a letter, then letters. A
    /// number followed by a unit ("5dh", "2k") is not a word; the caller checks those first.
    /// </summary>
    private static bool IsArabiziWord(string text, int start, int end) =>
        text[start] is '2' or '3' or '5' or '7' or '9'
        && char.IsLetter(text[start + 1])
        && end - start > 3
        && !CurrencyWords.TryGet(text[(start + 1)..end], out _);

    private static int EndOfWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Digits joined by '.', ',' or an apostrophe followed by a digit, or by one space followed
    /// by exactly three digits ("1 200", "12 500 000"), the way people group thousands.
    /// </summary>
    private static int EndOfNumber(string text, int start)
    {
        var end = start;
        while (end < text.Length)
        {
            if (char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            else if (text[end] is '.' or ',' or '\'' && IsDigitAt(text, end + 1))
            {
                end++;
            }
            else if (text[end] == ' ' && IsThreeDigitGroupAt(text, end + 1))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsDigitAt(string text, int index) =>
        index < text.Length && char.IsAsciiDigit(text[index]);

    private static bool IsThreeDigitGroupAt(string text, int index) =>
        IsDigitAt(text, index) && IsDigitAt(text, index + 1) && IsDigitAt(text, index + 2)
        && !IsDigitAt(text, index + 3) && !(index + 3 < text.Length && text[index + 3] is '.' or ',');

    internal static decimal ParseInvariant(string digits) =>
        decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
