using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Language.Currency;

namespace SoukPlay.Dialogs.Tests.Language;

public sealed class LanguageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLanguageUnderstanding_RatesWithoutDate_FailsAtStart()
    {
        using var services = Build(new() { ["Currency:Rates:EUR"] = "0.092" });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Currency:RatesDate*");
    }

    [Fact]
    public void AddLanguageUnderstanding_Configured_ResolvesSingletons()
    {
        using var services = Build(new() { ["Currency:Rates:EUR"] = "0.092", ["Currency:RatesDate"] = "2026-12-01" });

        services.GetRequiredService<IAmountRecognizer>().Recognize("mitayn dh", "ary-Latn").Value.Should().Be(200);
        services.GetRequiredService<CurrencyConverter>().FormatPrice(200, "EUR", "fr")
            .Should().Be("200 MAD (≈ 18 €, taux du 2026-12-01)");
        services.GetRequiredService<ILanguageDetector>().Should()
            .BeSameAs(services.GetRequiredService<ILanguageDetector>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLanguageUnderstanding(configuration).BuildServiceProvider();
    }
}
