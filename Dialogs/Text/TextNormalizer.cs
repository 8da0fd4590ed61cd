using System.Globalization;
using System.Text;

namespace SoukPlay.Dialogs.Text;

/// <summary>
/// Folds what people type into one comparable form: lower case, no accents or Arabic short
/// vowels, one form of alef, yeh and teh marbuta, ASCII digits, keycaps as plain digits, no
/// surrounding punctuation, single spaces. "Oui!", "OUI", "ouí" and "oui" all read "oui";
/// "نَعَم" reads "نعم".
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = Digits.ToAscii(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        _ => c,
    };
}
