using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Language.Currency;

namespace SoukPlay.Dialogs.Tests.Language.Currency;

public sealed class CurrencyConverterTests
{
    private const string Lrm = "\u200E";

    private readonly CurrencyConverter _converter = FromConfiguration(new()
    {
        ["Currency:Rates:EUR"] = "0.092",
        ["Currency:Rates:USD"] = "0.1",
        ["Currency:Rates:GBP"] = "0.079",
        ["Currency:RatesDate"] = "2026-12-01",
    });

    [Theory]
    [InlineData("fr", "EUR", "1 200 MAD (≈ 110 €, taux du 2026-12-01)")]
    [InlineData("en", "EUR", "1,200 MAD (≈ 110 €, rates of 2026-12-01)")]
    [InlineData("en", "USD", "1,200 MAD (≈ $120, rates of 2026-12-01)")]
    [InlineData("en", "GBP", "1,200 MAD (≈ £95, rates of 2026-12-01)")]
    [InlineData("es", "USD", "1.200 MAD (≈ 120 $, cambio del 2026-12-01)")]
    [InlineData("ary-Latn", "EUR", "1 200 dh (≈ 110 €, sarf dyal 2026-12-01)")]
    [InlineData("ary", "EUR", Lrm + "1 200 درهم" + Lrm + " (≈ " + Lrm + "110 €" + Lrm + "، الصرف ديال 2026-12-01)")]
    public void FormatPrice_ReaderCurrencyWithRate_ShowsMadAndConverted(
        string language,
        string currency,
        string expected)
    {
        _converter.FormatPrice(1200m, currency, language).Should().Be(expected);
    }

    [Theory]
    [InlineData("JPY")]
    [InlineData("MAD")]
    [InlineData(null)]
    public void FormatPrice_UnknownOrNoCurrency_ShowsMadOnly(string? currency)
    {
        _converter.FormatPrice(350m, currency, "fr").Should().Be("350 MAD");
    }

    [Fact]
    public void FormatPrice_SmallAmount_KeepsCents()
    {
        _converter.FormatPrice(50m, "EUR", "en").Should().Be("50 MAD (≈ 4.60 €, rates of 2026-12-01)");
    }

    [Fact]
    public void Convert_CurrencyCaseInsensitive_UsesRate()
    {
        _converter.Convert(1000m, "eur").Should().Be(92m);
    }

    [Fact]
    public void Convert_NoRate_ReturnsNull()
    {
        _converter.Convert(1000m, "CAD").Should().BeNull();
    }

    private static CurrencyConverter FromConfiguration(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(CurrencyOptions.SectionName).Get<CurrencyOptions>()!;
        return new CurrencyConverter(Options.Create(options));
    }
}
