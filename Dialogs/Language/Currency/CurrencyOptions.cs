namespace SoukPlay.Dialogs.Language.Currency;

/// <summary>
/// Exchange rates from configuration: <c>Currency:Rates:EUR = 0.092</c> means 1 MAD buys
/// 0.092 EUR; <c>Currency:RatesDate</c> is the day the rates were taken, shown to people. The
/// rates are static configuration, not live rates: someone must update them.
/// <c>Currency:ByCountryCode</c> maps a phone country code (digits, no plus) to the currency a
/// person is shown prices in; it starts with Morocco, the euro countries, the US and Canada and
/// the UK, and configuration adds to it or overrides it.
/// </summary>
public sealed class CurrencyOptions
{
    public const string SectionName = "Currency";

    public Dictionary<string, decimal> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DateOnly? RatesDate { get; set; }

    public Dictionary<string, string> ByCountryCode { get; set; } = new(StringComparer.Ordinal)
    {
        ["212"] = "MAD",
        ["1"] = "USD",
        ["44"] = "GBP",
        ["30"] = "EUR", ["31"] = "EUR", ["32"] = "EUR", ["33"] = "EUR", ["34"] = "EUR",
        ["39"] = "EUR", ["43"] = "EUR", ["49"] = "EUR", ["351"] = "EUR", ["352"] = "EUR",
        ["353"] = "EUR", ["356"] = "EUR", ["357"] = "EUR", ["358"] = "EUR", ["370"] = "EUR",
        ["371"] = "EUR", ["372"] = "EUR", ["385"] = "EUR", ["386"] = "EUR", ["421"] = "EUR",
    };
}
