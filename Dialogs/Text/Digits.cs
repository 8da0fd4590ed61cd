using System.Text;

namespace SoukPlay.Dialogs.Text;

/// <summary>
/// Digits in every script people type here: ASCII, Arabic-Indic (٠-٩), Eastern Arabic-Indic as
/// used in Persian keyboards (۰-۹), keycap emoji (1️⃣, with or without the variation selector) and
/// the keycap ten 🔟, which people send for a menu's option 10 (menus write it "10.").
/// </summary>
public static class Digits
{
    private const char KeycapMark = '\u20E3';
    private const char VariationSelector16 = '\uFE0F';

    /// <summary>🔟 (U+1F51F), one emoji but two UTF-16 units.</summary>
    private const string KeycapTen = "\U0001F51F";

    /// <summary>The value of <paramref name="c"/> as a decimal digit in any supported script, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>
    /// Rewrites every digit to ASCII, every keycap emoji to its plain digit and 🔟 to "10", leaving
    /// the rest of the text as it was.
    /// </summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace(KeycapTen, "10", StringComparison.Ordinal))
        {
            if (c is KeycapMark or VariationSelector16)
            {
                continue;
            }

            var value = ValueOf(c);
            builder.Append(value >= 0 ? (char)('0' + value) : c);
        }

        return builder.ToString();
    }

    /// <summary>The keycap emoji for 0–9 (with variation selector), or the number itself above 9.</summary>
    public static string Keycap(int number) =>
        number is >= 0 and <= 9 ? $"{number}{VariationSelector16}{KeycapMark}" : $"{number}.";
}
