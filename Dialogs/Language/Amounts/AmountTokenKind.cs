namespace SoukPlay.Dialogs.Language.Amounts;

internal enum AmountTokenKind
{
    /// <summary>Digits, with any thousands or decimal separators already read.</summary>
    Number,

    /// <summary>A run of letters (which may hold Arabizi digits, as in "3echrin").</summary>
    Word,

    /// <summary>A currency sign such as € or $.</summary>
    Symbol,

    /// <summary>Punctuation that ends an amount.</summary>
    Break,
}
