namespace SoukPlay.Dialogs.Language.Currency;

/// <summary>How one language writes a price and the rates note.</summary>
/// <param name="GroupSeparator">Between thousands. French uses a plain space, not the typographic
/// narrow no-break space, because that one would push an SMS into the costly UCS-2 encoding.</param>
/// <param name="MadName">The name or code written after a dirham amount.</param>
/// <param name="RatesNote">The note with the rate date, with {0} for the converted amount and
/// {1} for the date.</param>
/// <param name="IsRightToLeft">Amounts are wrapped in left-to-right marks so that numbers and
/// currency signs keep their order inside Arabic script.</param>
internal sealed record PriceFormat(
    string GroupSeparator,
    string MadName,
    string RatesNote,
    bool IsRightToLeft = false)
{
    public static PriceFormat For(string language) => language switch
    {
        LanguageCodes.French => new(" ", "MAD", "(≈ {0}, taux du {1})"),
        LanguageCodes.Spanish => new(".", "MAD", "(≈ {0}, cambio del {1})"),
        LanguageCodes.Arabizi => new(" ", "dh", "(≈ {0}, sarf dyal {1})"),
        LanguageCodes.Darija => new(" ", "درهم", "(≈ {0}، الصرف ديال {1})", IsRightToLeft: true),
        LanguageCodes.Arabic => new(" ", "درهم", "(≈ {0}، بسعر صرف {1})", IsRightToLeft: true),
        _ => new(",", "MAD", "(≈ {0}, rates of {1})"),
    };
}
