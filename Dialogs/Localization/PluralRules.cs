using System.Text.Json;

namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// Which plural form a count takes in a catalogue language, by the category names of the Unicode
/// CLDR plural rules: <c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>.
/// </summary>
/// <remarks>
/// Simplified on purpose, for whole counts (members, messages, votes):
/// <list type="bullet">
/// <item>English and Spanish: <c>one</c> for 1, else <c>other</c> (Spanish's <c>many</c> for
/// round millions is left out).</item>
/// <item>French: <c>one</c> for 0 and 1 ("0 membre", "1 membre"), else <c>other</c>.</item>
/// <item>Arabic: CLDR's six categories: 0 <c>zero</c>, 1 <c>one</c>, 2 <c>two</c>, 3–10 (and
/// 103–110 ...) <c>few</c>, 11–99 (and 111–199 ...) <c>many</c>, else <c>other</c>.</item>
/// <item>Darija, in either script: the Arabic categories too (CLDR has no rules for it); Darija
/// says "جوج" with a plural noun for 2 and a singular noun after 11 and above, as Arabic does,
/// so a catalogue writes its <c>two</c> and <c>many</c> forms accordingly. Not reviewed by a
/// native speaker.</item>
/// <item>Tamazight (zgh): <c>one</c> for 1, else <c>other</c>; CLDR's rule for Central Atlas
/// Tamazight (singular also for 0 and 11–99) is not applied, for want of a speaker to confirm
/// it for the standard language.</item>
/// </list>
/// A catalogue text may leave out any category but <c>other</c>, which stands for the missing ones.
/// </remarks>
public static class PluralRules
{
    public const string Zero = "zero";
    public const string One = "one";
    public const string Two = "two";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>The categories a text in <paramref name="language"/> may name.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) => IsArabicLike(language)
        ? [Zero, One, Two, Few, Many, Other]
        : [One, Other];

    /// <summary>The category of <paramref name="count"/> in <paramref name="language"/>.</summary>
    public static string CategoryOf(string language, decimal count)
    {
        var n = Math.Abs(count);
        if (n != decimal.Truncate(n))
        {
            return Other;
        }

        if (IsArabicLike(language))
        {
            return ArabicCategory(n);
        }

        return language.Equals("fr", StringComparison.OrdinalIgnoreCase)
            ? (n <= 1 ? One : Other)
            : (n == 1 ? One : Other);
    }

    /// <summary>The count a placeholder value stands for, or null when it is no number.</summary>
    public static decimal? CountOf(object? value) => value switch
    {
        int number => number,
        long number => number,
        decimal number => number,
        double number => (decimal)number,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDecimal(),
        _ => null,
    };

    private static string ArabicCategory(decimal n)
    {
        var hundreds = n % 100;
        return n switch
        {
            0 => Zero,
            1 => One,
            2 => Two,
            _ when hundreds is >= 3 and <= 10 => Few,
            _ when hundreds is >= 11 and <= 99 => Many,
            _ => Other,
        };
    }

    private static bool IsArabicLike(string language) =>
        language.Equals("ar", StringComparison.OrdinalIgnoreCase)
        || language.Equals("ary", StringComparison.OrdinalIgnoreCase)
        || language.Equals("ary-Latn", StringComparison.OrdinalIgnoreCase);
}
