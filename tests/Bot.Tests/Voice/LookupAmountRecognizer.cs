using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Bot.Tests.Voice;

/// <summary>
/// Test double for <see cref="IAmountRecognizer"/>: the first run of digits (any script), else the
/// first of a few number words from a fixed table. The real recognizer lives in Dialogs.
/// </summary>
internal sealed partial class LookupAmountRecognizer : IAmountRecognizer
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deux cents"] = 200,
        ["trois cents"] = 300,
        ["two hundred"] = 200,
        ["doscientos"] = 200,
        ["trescientos"] = 300,
        ["mitayn"] = 200,
        ["ميتين"] = 200,
        ["تلاتمية"] = 300,
    };

    public AmountRecognition Recognize(string text, string language)
    {
        var match = DigitRun().Match(Digits.ToAscii(text));
        if (match.Success)
        {
            return AmountRecognition.Of(decimal.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var word = Words.Keys.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        return word is null ? AmountRecognition.None : AmountRecognition.Of(Words[word]);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRun();
}
