using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoukPlay.Dialogs.Language.Currency;

namespace SoukPlay.Dialogs.Language;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>
    /// Registers amount understanding (amounts in a foreign currency are given in dirhams, see
    /// <see cref="MadAmountRecognizer"/>), the language tracking of turns, language detection
    /// (one Lingua model for the process, built on first use; resolve <see cref="LinguaModel"/>
    /// at start to pay its few seconds then) and the currency converter bound to the
    /// <c>Currency</c> section.
    /// </summary>
    public static IServiceCollection AddLanguageUnderstanding(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton<AmountRecognizer>();
        services.TryAddSingleton<IAmountRecognizer>(sp => new MadAmountRecognizer(
            sp.GetRequiredService<AmountRecognizer>(), sp.GetRequiredService<CurrencyConverter>()));
        services.TryAddSingleton(_ => LinguaModel.Shared);
        services.TryAddSingleton<ILanguageDetector, LanguageDetector>();
        services.TryAddSingleton<LanguageTracker>();
        services.TryAddSingleton<CurrencyConverter>();
        services.AddOptions<CurrencyOptions>()
            .Bind(configuration.GetSection(CurrencyOptions.SectionName))
            .Validate(o => o.Rates.Values.All(rate => rate > 0), "Currency:Rates must all be positive.")
            .Validate(o => o.Rates.Count == 0 || o.RatesDate is not null,
                "Currency:RatesDate is required when Currency:Rates are set.")
            .ValidateOnStart();
        return services;
    }
}
