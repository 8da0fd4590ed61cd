using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Language.Currency;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Language;

/// <summary>
/// A <see cref="TestFlow"/> with what the host adds for languages: detection in every turn (the
/// shared Lingua model), prices in each person's currency at fixed test rates, amounts in a
/// foreign currency read in dirhams, and the glossary translator (no network).
/// </summary>
public static class LanguageFlow
{
    public const decimal EurRate = 0.092m;
    public const string RatesDate = "2026-12-01";

    public static TestFlow Create() => new(Configure);

    public static void Configure(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Currency:Rates:EUR"] = "0.092",
            ["Currency:Rates:USD"] = "0.1",
            ["Currency:Rates:GBP"] = "0.079",
            ["Currency:RatesDate"] = RatesDate,
        }).Build();
        services.AddSingleton(_ => SharedLingua.Model);
        services.AddLanguageUnderstanding(configuration);
        services.AddSingleton<IAmountRecognizer>(sp => new MadAmountRecognizer(
            new AmountRecognizer(), sp.GetRequiredService<CurrencyConverter>()));
    }
}
