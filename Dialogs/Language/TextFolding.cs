using System.Globalization;
using System.Text;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Folds what people type into one comparable form: ASCII digits, lower case, no accents or
/// Arabic vowel marks, one spelling for the Arabic letters people swap (أ إ آ → ا, ة → ه, ى → ي),
/// and plain spaces for the no-break spaces French keyboards put in "1 200".
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var decomposed = Digits.ToAscii(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private static string FoldChar(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => "\u0627",
        '\u0629' => "\u0647",
        '\u0649' => "\u064A",
        '\u0640' => "",
        '\u060C' => ",",
        '\u066B' => ".",
        '\u066C' => ",",
        '\u00A0' or '\u202F' or '\u2009' => " ",
        _ => c.ToString(),
    };
}
