using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// Shop codes: five characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read
/// aloud and to type on a basic phone.
/// </summary>
public static partial class ShopCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 5;

    public static string NewCode()
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, Length);
            if (code.Any(char.IsAsciiDigit) && code.Any(char.IsAsciiLetter))
            {
                return code;
            }
        }
    }

    /// <summary>Finds a shop code in free text ("SHOP K7P3Q", "k7p3q"), or null.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var match = CodePattern().Match(text.ToUpperInvariant());
        return match.Success ? match.Value : null;
    }

    /// <summary>
    /// A WhatsApp click-to-chat link that opens a chat with <paramref name="botNumber"/> with the
    /// shop code already typed.
    /// </summary>
    public static string ClickToChatLink(string botNumber, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(botNumber);
        ArgumentException.ThrowIfNullOrEmpty(code);

        var digits = botNumber.TrimStart('+');
        return $"https://wa.me/{digits}?text={Uri.EscapeDataString(code)}";
    }

    [GeneratedRegex("(?<![A-Z0-9])(?=[A-Z]{0,4}[2-9])(?=[2-9]{0,4}[A-Z])[2-9A-HJKMNP-Z]{5}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
