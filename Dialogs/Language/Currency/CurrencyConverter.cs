using System.Globalization;
using Microsoft.Extensions.Options;

namespace SoukPlay.Dialogs.Language.Currency;

/// <summary>
/// Converts the MAD price an artisan set into a reader's currency with the configured rates,
/// and writes both: "1 200 MAD (≈ 110 €, taux du 2026-12-01)". A currency without a rate is
/// never guessed: the reader sees the MAD amount only.
/// </summary>
public sealed class CurrencyConverter
{
    public const string Mad = "MAD";

    private const char LeftToRightMark = '\u200E';

    private readonly CurrencyOptions _options;

    public CurrencyConverter(IOptions<CurrencyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>The amount in <paramref name="currency"/>, or null when no rate is configured.</summary>
    public decimal? Convert(decimal mad, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);

        if (string.Equals(currency, Mad, StringComparison.OrdinalIgnoreCase))
        {
            return mad;
        }

        return _options.Rates.TryGetValue(currency, out var rate) && rate > 0 ? mad * rate : null;
    }

    /// <summary>
    /// The currency a person is shown prices in, from their phone number's country code (the
    /// longest code of <see cref="CurrencyOptions.ByCountryCode"/> that starts it); MAD otherwise.
    /// </summary>
    /// <param name="phone">An E.164 number such as <c>+34612345678</c>.</param>
    public string CurrencyOf(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);

        var digits = phone.TrimStart('+');
        var match = _options.ByCountryCode
            .Where(entry => entry.Key.Length > 0 && digits.StartsWith(entry.Key, StringComparison.Ordinal))
            .OrderByDescending(entry => entry.Key.Length)
            .Select(entry => entry.Value)
            .FirstOrDefault();
        return string.IsNullOrWhiteSpace(match) ? Mad : match.ToUpperInvariant();
    }

    /// <summary>
    /// An amount in <paramref name="currency"/> in whole dirhams (half up), or null when no rate
    /// is configured for it.
    /// </summary>
    public decimal? ToMad(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);

        if (string.Equals(currency, Mad, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        return _options.Rates.TryGetValue(currency, out var rate) && rate > 0
            ? Math.Round(amount / rate, 0, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>
    /// The MAD amount in the reader's language, followed by the converted amount and the rates'
    /// date when the reader's currency is not MAD and has a rate.
    /// </summary>
    public string FormatPrice(decimal mad, string? readerCurrency, string language)
    {
        ArgumentNullException.ThrowIfNull(language);

        var format = PriceFormat.For(language);
        var price = Isolate($"{Group(mad, format)} {format.MadName}", format);
        if (readerCurrency is null || string.Equals(readerCurrency, Mad, StringComparison.OrdinalIgnoreCase)
            || Convert(mad, readerCurrency) is not { } converted)
        {
            return price;
        }

        var foreign = Isolate(WithSymbol(Round(converted), readerCurrency.ToUpperInvariant(), format), format);
        var date = _options.RatesDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
        return price + " " + string.Format(CultureInfo.InvariantCulture, format.RatesNote, foreign, date);
    }

    private static decimal Round(decimal amount) =>
        amount >= 10 ? Math.Round(amount, 0, MidpointRounding.AwayFromZero) : Math.Round(amount, 2);

    private static string WithSymbol(decimal amount, string currency, PriceFormat format)
    {
        var number = Group(amount, format);
        return currency switch
        {
            "EUR" => $"{number} €",
            "USD" => format.GroupSeparator == "," ? $"${number}" : $"{number} $",
            "GBP" => format.GroupSeparator == "," ? $"£{number}" : $"{number} £",
            _ => $"{number} {currency}",
        };
    }

    private static string Group(decimal amount, PriceFormat format)
    {
        var decimalMark = format.GroupSeparator == "," ? "." : ",";
        var numberFormat = new NumberFormatInfo
        {
            NumberGroupSeparator = format.GroupSeparator,
            NumberDecimalSeparator = decimalMark,
        };
        var pattern = amount == decimal.Truncate(amount) ? "#,0" : "#,0.00";
        return amount.ToString(pattern, numberFormat);
    }

    private static string Isolate(string amount, PriceFormat format) =>
        format.IsRightToLeft ? $"{LeftToRightMark}{amount}{LeftToRightMark}" : amount;
}
