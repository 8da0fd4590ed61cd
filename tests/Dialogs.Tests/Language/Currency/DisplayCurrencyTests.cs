using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Language.Currency;

namespace SoukPlay.Dialogs.Tests.Language.Currency;

/// <summary>Which currency a phone number reads, amounts read back in dirhams.</summary>
public sealed class DisplayCurrencyTests
{
    private readonly CurrencyConverter _converter = Converter(new()
    {
        ["Currency:Rates:EUR"] = "0.092",
        ["Currency:Rates:USD"] = "0.1",
        ["Currency:RatesDate"] = "2026-12-01",
        ["Currency:ByCountryCode:41"] = "CHF",
        ["Currency:ByCountryCode:1"] = "CAD",
    });

    [Theory]
    [InlineData("+212661234567", "MAD")]
    [InlineData("+34612345678", "EUR")]
    [InlineData("+33612345678", "EUR")]
    [InlineData("+351912345678", "EUR")]
    [InlineData("+353861234567", "EUR")]
    [InlineData("+447700900123", "GBP")]
    [InlineData("+41791234567", "CHF")]
    [InlineData("+15551234567", "CAD")]
    [InlineData("+971501234567", "MAD")]
    public void CurrencyOf_PhoneCountryCode_LongestConfiguredPrefixWins(string phone, string expected) =>
        _converter.CurrencyOf(phone).Should().Be(expected);

    [Theory]
    [InlineData(45, "EUR", 489)]
    [InlineData(25, "EUR", 272)]
    [InlineData(30, "USD", 300)]
    [InlineData(300, "MAD", 300)]
    public void ToMad_ConfiguredRate_WholeDirhams(decimal amount, string currency, decimal expected) =>
        _converter.ToMad(amount, currency).Should().Be(expected);

    [Fact]
    public void ToMad_NoRate_Null() => _converter.ToMad(45, "GBP").Should().BeNull();

    [Theory]
    [InlineData("€45", 489)]
    [InlineData("45 euros", 489)]
    [InlineData("$30", 300)]
    [InlineData("250", 250)]
    [InlineData("250 dh", 250)]
    public void Recognize_ForeignCurrency_GivesDirhams(string text, decimal expected)
    {
        var recognizer = new MadAmountRecognizer(new AmountRecognizer(), _converter);

        var amount = recognizer.Recognize(text, "es");

        amount.Value.Should().Be(expected);
        (amount.Currency ?? "MAD").Should().Be("MAD");
    }

    [Fact]
    public void Recognize_CurrencyWithoutRate_NotUnderstood()
    {
        var recognizer = new MadAmountRecognizer(new AmountRecognizer(), _converter);

        recognizer.Recognize("£45", "en").IsRecognized.Should().BeFalse();
    }

    private static CurrencyConverter Converter(Dictionary<string, string?> settings)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(CurrencyOptions.SectionName).Get<CurrencyOptions>()!;
        return new CurrencyConverter(Options.Create(options));
    }
}
