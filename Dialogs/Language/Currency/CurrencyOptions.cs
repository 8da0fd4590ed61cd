namespace SoukPlay.Dialogs.Language.Currency;

/// <summary>
/// Exchange rates from configuration: <c>Currency:Rates:EUR = 0.092</c> means 1 MAD buys
/// 0.092 EUR; <c>Currency:RatesDate</c> is the day the rates were taken, shown to people.
/// </summary>
public sealed class CurrencyOptions
{
    public const string SectionName = "Currency";

    public Dictionary<string, decimal> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DateOnly? RatesDate { get; set; }
}
