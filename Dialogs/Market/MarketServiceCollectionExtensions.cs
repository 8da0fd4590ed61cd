using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SoukPlay.Dialogs.Market;

public static class MarketServiceCollectionExtensions
{
    /// <summary>
    /// Registers the marketplace rules (<see cref="CatalogueService"/>, <see cref="NegotiationService"/>)
    /// with <see cref="MarketOptions"/> bound from the <c>Market</c> section and validated at start.
    /// </summary>
    public static IServiceCollection AddMarket(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MarketOptions>()
            .Bind(configuration.GetSection(MarketOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CatalogueService>();
        services.TryAddSingleton<NegotiationService>();
        return services;
    }
}
