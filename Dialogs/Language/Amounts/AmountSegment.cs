namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>One number found in the text, with the tokens it spans.</summary>
/// <param name="Readings">One value, or two when the words allow two ("one fifty").</param>
/// <param name="IsFraction">Digits were read with a decimal mark ("1,5").</param>
/// <param name="IsLoneOne">Only the word for one, which may be an article ("un sac").</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="LastToken">Index of its last token.</param>
internal sealed record AmountSegment(
    IReadOnlyList<decimal> Readings,
    bool IsFraction,
    bool IsLoneOne,
    int FirstToken,
    int LastToken)
{
    public string? Currency { get; set; }
}
