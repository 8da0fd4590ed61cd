using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Language.Detection;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Finds the language of a message: Arabizi by <see cref="ArabiziRecognizer"/>, Darija in
/// Arabic script by its frequent words, the rest by Lingua. The saved language is a strong
/// prior: digits, emoji, menu answers and texts of one or two words are never detected, and
/// another language must beat the saved one by <see cref="PriorMargin"/>.
/// </summary>
/// <remarks>
/// Known shortcomings: Tamazight is never detected (Lingua has no model for it; its speakers
/// choose it from the menu); Arabic-script text without any of the listed Darija words is taken
/// for Modern Standard Arabic unless the saved language is Darija.
/// </remarks>
public sealed partial class LanguageDetector : ILanguageDetector
{
    /// <summary>Fewer words than this are never detected.</summary>
    public const int MinimumWords = 3;

    /// <summary>How far Lingua's best guess must lead the saved language to replace it.</summary>
    public const double PriorMargin = 0.4;

    private readonly LinguaModel _lingua;

    public LanguageDetector(LinguaModel lingua)
    {
        ArgumentNullException.ThrowIfNull(lingua);
        _lingua = lingua;
    }

    public LanguageDetection Detect(string text, string savedLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(savedLanguage);

        var words = WordPattern().Matches(TextFolding.Fold(text)).Select(m => m.Value).ToList();
        if (words.Count < MinimumWords)
        {
            return Prior(savedLanguage);
        }

        return IsMostlyArabicScript(words)
            ? DetectArabicScript(words, savedLanguage)
            : DetectLatinScript(text, savedLanguage);
    }

    /// <summary>
    /// The rule for changing a saved language: the last two messages were both detected (long
    /// enough to say something) and both in the same other language. One short message never
    /// changes it.
    /// </summary>
    /// <param name="savedLanguage">The person's saved language.</param>
    /// <param name="history">Detections of the person's recent messages, oldest first.</param>
    /// <param name="language">The language to switch to, when the answer is true.</param>
    public static bool ShouldSwitchLanguage(
        string savedLanguage,
        IReadOnlyList<LanguageDetection> history,
        [NotNullWhen(true)] out string? language)
    {
        ArgumentNullException.ThrowIfNull(history);

        language = null;
        if (history.Count < 2)
        {
            return false;
        }

        var (previous, last) = (history[^2], history[^1]);
        if (!previous.IsDetected || !last.IsDetected || previous.Language != last.Language
            || last.Language == savedLanguage)
        {
            return false;
        }

        language = last.Language;
        return true;
    }

    private static LanguageDetection Prior(string savedLanguage) =>
        new(savedLanguage, 1, LanguageEvidence.Prior);

    private static bool IsMostlyArabicScript(List<string> words) =>
        words.Count(w => w.Any(IsArabicLetter)) * 2 > words.Count;

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF';

    private static LanguageDetection DetectArabicScript(List<string> words, string savedLanguage)
    {
        if (savedLanguage is LanguageCodes.Darija or LanguageCodes.Arabic)
        {
            return Prior(savedLanguage);
        }

        var darijaWords = words.Count(DarijaArabicWords.Words.Contains);
        return darijaWords > 0
            ? new LanguageDetection(LanguageCodes.Darija, Math.Min(1, darijaWords * 2.0 / words.Count),
                LanguageEvidence.DarijaWords)
            : new LanguageDetection(LanguageCodes.Arabic, 1, LanguageEvidence.Lingua);
    }

    private LanguageDetection DetectLatinScript(string text, string savedLanguage)
    {
        var arabizi = ArabiziRecognizer.Score(text);
        if (arabizi.IsArabizi)
        {
            return new LanguageDetection(LanguageCodes.Arabizi, arabizi.Darija, LanguageEvidence.Arabizi);
        }

        if (savedLanguage == LanguageCodes.Arabizi && arabizi.Darija > 0)
        {
            return Prior(savedLanguage);
        }

        var confidences = _lingua.Confidences(text);
        var (best, bestConfidence) = (confidences[0].Key, confidences[0].Value);
        var priorConfidence = confidences.FirstOrDefault(c => c.Key == savedLanguage).Value;
        if (best == savedLanguage)
        {
            return new LanguageDetection(best, bestConfidence, LanguageEvidence.Lingua);
        }

        if (bestConfidence - priorConfidence < PriorMargin)
        {
            return Prior(savedLanguage);
        }

        return new LanguageDetection(best, bestConfidence, LanguageEvidence.Lingua);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}\d']*|\d*[\p{L}][\p{L}\d']*")]
    private static partial Regex WordPattern();
}
