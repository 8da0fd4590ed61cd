using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SoukPlay.Dialogs.Projects;

public static class CommunityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CampaignService"/> and <see cref="CommunityNotices"/>, with
    /// <see cref="CampaignOptions"/> bound from <c>Campaigns</c> and validated at start, and the
    /// pass-through <see cref="IProjectTextPresenter"/> unless one is registered. The host
    /// registers the stores (<c>ICommunityStore</c>, <c>IMarketStore</c>, <c>IOutboxStore</c>).
    /// </summary>
    public static IServiceCollection AddCommunityServices(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CampaignOptions>()
            .Bind(configuration.GetSection(CampaignOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommunityNotices>();
        services.TryAddSingleton<CampaignService>();
        services.TryAddSingleton<IProjectTextPresenter, PassThroughProjectTextPresenter>();
        return services;
    }
}
