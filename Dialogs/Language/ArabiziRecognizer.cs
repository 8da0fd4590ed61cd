using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Language.Detection;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Tells Darija written in Latin letters ("salam, bghit n3ref chhal") from French, English and
/// Spanish, which Lingua cannot: it knows no Darija, and reads Arabizi as some Latin language.
/// Each word scores: a digit used as a letter inside a word ("n3ref", "7aja") or a frequent
/// Darija word counts for Darija; frequent function words count for the others.
/// </summary>
/// <remarks>
/// Known shortcomings: a message with no digit-letters and none of the listed words (rare
/// vocabulary, or French words borrowed into Darija) scores low and is left to Lingua; a
/// French text in heavy SMS spelling may share some words with Arabizi.
/// </remarks>
public static partial class ArabiziRecognizer
{
    private const double DigitLetterWeight = 1.5;
    private const double LexiconWeight = 1.0;

    public static ArabiziScore Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var words = WordPattern().Matches(TextFolding.Fold(text)).Select(m => m.Value)
            .Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count == 0)
        {
            return new ArabiziScore(0, 0, 0, 0, 0);
        }

        var darija = words.Sum(DarijaWeight);
        return new ArabiziScore(
            Share(darija, words.Count),
            Share(words.Count(ArabiziLexicon.French.Contains), words.Count),
            Share(words.Count(ArabiziLexicon.English.Contains), words.Count),
            Share(words.Count(ArabiziLexicon.Spanish.Contains), words.Count),
            words.Count);
    }

    public static bool IsArabizi(string text) => Score(text).IsArabizi;

    private static double DarijaWeight(string word)
    {
        var weight = ArabiziLexicon.Darija.Contains(word) ? LexiconWeight : 0;
        return HasDigitLetter(word) ? weight + DigitLetterWeight : weight;
    }

    /// <summary>
    /// 2, 3, 5, 7 or 9 next to a letter, in a word of at least three characters that is not a
    /// number with its unit ("25dh", "5kg").
    /// </summary>
    private static bool HasDigitLetter(string word) =>
        word.Length >= 3 && DigitLetterPattern().IsMatch(word) && !NumberWithUnitPattern().IsMatch(word);

    private static double Share(double score, int words) => Math.Min(1, score / words);

    [GeneratedRegex(@"[\p{L}\d']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\d+(dh|dhs|mad|k|kg|g|cm|mm|m|l|eur|usd|x|h|min)$")]
    private static partial Regex NumberWithUnitPattern();

    [GeneratedRegex(@"(?<=\p{L})[23579]|[23579](?=\p{L})")]
    private static partial Regex DigitLetterPattern();
}
