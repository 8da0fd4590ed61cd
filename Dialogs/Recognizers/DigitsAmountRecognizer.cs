using System.Globalization;
using System.Text;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Recognizers;

/// <summary>
/// A plain amount reader until the full one arrives: numbers written with digits of any script,
/// with or without thousand separators ("1200", "1 200", "1.200", "١٢٠٠", "1,200.50"). It reads
/// no number words and no currency; two different numbers in one reply are ambiguous.
/// A single separator followed by exactly three digits ("1.200") is read as thousands, as
/// prices are written here; followed by one or two digits ("12,5") it is a decimal mark.
/// Known shortcoming: a space between two numbers that happens to look like grouping ("2 300",
/// meaning two at 300) reads as one number (2300); the full recognizer should ask instead.
/// </summary>
public sealed class DigitsAmountRecognizer : IAmountRecognizer
{
    public AmountRecognition Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);

        var numbers = ReadNumbers(Digits.ToAscii(text)).Distinct().ToArray();
        return numbers.Length switch
        {
            0 => AmountRecognition.None,
            1 => AmountRecognition.Of(numbers[0]),
            _ => AmountRecognition.Ambiguous(numbers),
        };
    }

    private static IEnumerable<decimal> ReadNumbers(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (!char.IsAsciiDigit(text[index]))
            {
                index++;
                continue;
            }

            var end = index;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || IsGroupedSeparator(text, end)))
            {
                end++;
            }

            if (Parse(text[index..end]) is { } value)
            {
                yield return value;
            }

            index = end;
        }
    }

    /// <summary>A separator counts inside a number only when a digit follows it.</summary>
    private static bool IsGroupedSeparator(string text, int index) =>
        IsSeparator(text[index]) && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]);

    private static bool IsSeparator(char c) =>
        c is ' ' or '\u00A0' or '\u202F' or '.' or ',' or '\u066B' or '\u066C' or '\'';

    private static decimal? Parse(string raw)
    {
        var groups = new List<string>();
        var separators = new List<char>();
        var current = new StringBuilder();
        foreach (var c in raw)
        {
            if (IsSeparator(c))
            {
                groups.Add(current.ToString());
                separators.Add(c);
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        groups.Add(current.ToString());
        return Combine(groups, separators);
    }

    private static decimal? Combine(List<string> groups, List<char> separators)
    {
        var decimals = "";
        var last = groups[^1];
        var lastSeparator = separators.Count > 0 ? separators[^1] : ' ';
        if (separators.Count > 0 && last.Length is 1 or 2 && lastSeparator is '.' or ',' or '\u066B')
        {
            decimals = last;
            groups.RemoveAt(groups.Count - 1);
        }

        if (groups.Skip(1).Any(group => group.Length != 3))
        {
            return null;
        }

        var digits = string.Concat(groups) + (decimals.Length > 0 ? "." + decimals : "");
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
