namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// Keeps numbers, prices and Latin names in their order inside right-to-left text: WhatsApp and
/// SMS apps apply the Unicode bidirectional algorithm, which reorders "1 200 MAD" or "+212..."
/// next to Arabic words unless the value sits between FIRST STRONG ISOLATE and POP DIRECTIONAL
/// ISOLATE.
/// </summary>
public static class Bidi
{
    /// <summary>U+2068 FIRST STRONG ISOLATE.</summary>
    public const char FirstStrongIsolate = '\u2068';

    /// <summary>U+2069 POP DIRECTIONAL ISOLATE.</summary>
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>Wraps <paramref name="text"/> in FSI ... PDI.</summary>
    public static string Isolate(string text) => $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";

    /// <summary>
    /// True when <paramref name="text"/> holds a digit (of any script) or a left-to-right letter,
    /// the characters a right-to-left paragraph would move about.
    /// </summary>
    public static bool NeedsIsolation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        foreach (var c in text)
        {
            if (char.IsDigit(c) || (char.IsLetter(c) && !IsRightToLeftLetter(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRightToLeftLetter(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
