namespace SoukPlay.Dialogs.Language.Amounts;

/// <param name="Kind">What the token is.</param>
/// <param name="Text">The folded text of the token.</param>
/// <param name="Value">For numbers: the value read.</param>
/// <param name="IsFraction">For numbers: a decimal separator was read ("1,5", "12.50").</param>
internal readonly record struct AmountToken(
    AmountTokenKind Kind,
    string Text,
    decimal Value = 0,
    bool IsFraction = false);
