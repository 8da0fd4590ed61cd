namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>
/// Reads one written number with its separators. Rules, chosen for whole-dirham prices:
/// spaces and apostrophes always group thousands; when both '.' and ',' appear the last one is
/// the decimal mark; a single '.' or ',' followed by exactly three digits groups thousands
/// ("1.200" and "1,200" are 1200, as in Moroccan and French price tags), otherwise it is a
/// decimal mark and the number is flagged as a fraction for the caller to confirm.
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(string raw, out decimal value, out bool isFraction)
    {
        value = 0;
        isFraction = false;
        var text = raw.Replace(" ", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal);

        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        var decimalAt = DecimalMarkAt(text, lastDot, lastComma);

        var integerPart = decimalAt < 0 ? text : text[..decimalAt];
        if (!IsWellGrouped(integerPart))
        {
            return false;
        }

        var digits = integerPart.Replace(".", "", StringComparison.Ordinal)
            .Replace(",", "", StringComparison.Ordinal);
        if (decimalAt >= 0)
        {
            digits += "." + text[(decimalAt + 1)..];
            isFraction = true;
        }

        value = AmountTokenizer.ParseInvariant(digits);
        return true;
    }

    private static int DecimalMarkAt(string text, int lastDot, int lastComma)
    {
        if (lastDot >= 0 && lastComma >= 0)
        {
            return Math.Max(lastDot, lastComma);
        }

        var mark = Math.Max(lastDot, lastComma);
        if (mark < 0 || text.Count(c => c == text[mark]) > 1)
        {
            return -1;
        }

        var digitsAfter = text.Length - mark - 1;
        var startsWithZero = text[0] == '0';
        return digitsAfter == 3 && !startsWithZero ? -1 : mark;
    }

    private static bool IsWellGrouped(string integerPart)
    {
        var groups = integerPart.Split('.', ',');
        return groups.Skip(1).All(g => g.Length == 3) && groups[0].Length > 0;
    }
}
