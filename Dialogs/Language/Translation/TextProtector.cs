using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Keeps what must not be translated out of a translator's reach: numbers and prices in any
/// script ("1 200 dh", "€45", "٢٠٠"), emoji and keycaps, the given product names, and shop codes
/// (five upper-case letters and digits with at least one digit, such as "AB12C"; an all-letter
/// word in capitals is left to translate). Each becomes ⟦n⟧.
/// </summary>
/// <remarks>
/// Restoring tolerates what translators do to placeholders: move them, add spaces inside the
/// brackets, or write the index in Arabic-Indic digits. A placeholder the translator dropped has
/// its value appended at the end, so that a price is never lost; brackets already in the text
/// are protected themselves, so that they round-trip.
/// </remarks>
public static partial class TextProtector
{
    private const RegexOptions ProtectableOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static ProtectedText Protect(string text, IEnumerable<string>? productNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        var values = new List<string>();
        var protectedText = PatternFor(productNames ?? []).Replace(text, m => Placeholder(m.Value, values));
        return new ProtectedText(protectedText, values);
    }

    public static string Restore(string translated, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(values);

        var used = new bool[values.Count];
        var restored = PlaceholderPattern().Replace(translated, m =>
        {
            var index = int.Parse(Digits.ToAscii(m.Groups["index"].Value), CultureInfo.InvariantCulture);
            if (index >= values.Count)
            {
                return "";
            }

            used[index] = true;
            return values[index];
        });

        return AppendMissing(restored, values, used);
    }

    /// <summary>Product names first (longest first), so that a number inside a name stays in it.</summary>
    private static Regex PatternFor(IEnumerable<string> productNames)
    {
        var names = productNames.Select(n => n.Trim()).Where(n => n.Length > 0)
            .OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        if (names.Count == 0)
        {
            return ProtectablePattern();
        }

        var namePattern = $@"(?<![\p{{L}}\d])(?:{string.Join('|', names)})(?![\p{{L}}\d])";
        return new Regex(namePattern + "|" + ProtectablePattern(), ProtectableOptions, TimeSpan.FromSeconds(1));
    }

    private static string Placeholder(string value, List<string> values)
    {
        values.Add(value);
        return $"⟦{values.Count - 1}⟧";
    }

    private static string AppendMissing(string restored, IReadOnlyList<string> values, bool[] used)
    {
        var missing = values.Where((_, i) => !used[i]).ToList();
        if (missing.Count == 0)
        {
            return restored;
        }

        var builder = new StringBuilder(restored.TrimEnd());
        foreach (var value in missing)
        {
            builder.Append(' ').Append(value);
        }

        return builder.ToString();
    }

    /// <summary>
    /// In order: a placeholder-like text already there (so it round-trips), brackets; keycaps;
    /// emoji runs; prices and numbers with an optional currency before or after; shop codes.
    /// </summary>
    [GeneratedRegex(
        @"⟦[^⟦⟧]*⟧|[⟦⟧]"
        + @"|[0-9#*]\uFE0F?\u20E3"
        + @"|(?:[\p{So}\p{Cs}\p{Sk}](?:[\uFE0F\u200D]|[\p{So}\p{Cs}\p{Sk}])*)"
        + @"|(?<![\p{L}\d])(?:[€$£]\s?)?[0-9\u0660-\u0669\u06F0-\u06F9]+"
        + @"(?:(?:[.,'\u066B\u066C]|[ \u00A0\u202F](?=[0-9\u0660-\u0669\u06F0-\u06F9]{3}(?![0-9])))"
        + @"[0-9\u0660-\u0669\u06F0-\u06F9]+)*"
        + @"(?:\s?(?:dhs?|mad|eur(?:os?)?|usd|€|\$|£|درهم|دراهم))?(?![\p{L}\d])"
        + @"|(?-i:(?<![\p{L}\d])(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5}(?![\p{L}\d]))",
        ProtectableOptions)]
    private static partial Regex ProtectablePattern();

    [GeneratedRegex(@"⟦\s*(?<index>[0-9\u0660-\u0669\u06F0-\u06F9]+)\s*⟧")]
    private static partial Regex PlaceholderPattern();
}
