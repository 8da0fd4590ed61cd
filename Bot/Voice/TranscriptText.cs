using System.Globalization;
using System.Text;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Bot.Voice;

/// <summary>
/// Brings a transcript to the form the intent vocabulary is written in: lower case, ASCII digits,
/// no accents or Arabic vowel marks, one spelling of alef, teh marbuta and alef maqsura.
/// </summary>
internal static class TranscriptText
{
    public static string[] Tokens(string text)
    {
        var normalized = Normalize(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            Flush(current, tokens);
        }

        Flush(current, tokens);
        return [.. tokens];
    }

    private static string Normalize(string text)
    {
        var decomposed = Digits.ToAscii(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u0629' => '\u0647',
                '\u0649' => '\u064A',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
