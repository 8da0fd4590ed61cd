using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the main dialog, the language and role dialogs, and a "coming soon" placeholder
    /// for each role dialog that no other room registers.
    /// </summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddDialog<MainDialog>();
        services.AddDialog<LanguageDialog>();
        services.AddDialog<RoleDialog>();
        foreach (var id in RoleDialogs.All)
        {
            services.AddPlaceholderDialog(new ComingSoonDialog(id));
        }

        return services;
    }
}
