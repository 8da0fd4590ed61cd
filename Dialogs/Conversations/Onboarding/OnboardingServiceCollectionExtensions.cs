using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the main dialog, the language and role dialogs, a "coming soon" placeholder
    /// for each role dialog that no other room registers, and the "projects" word command
    /// (<see cref="ProjectsCommandDialog"/>; it stands aside when <c>AddCommunity</c> is not called).
    /// </summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddDialog<MainDialog>();
        services.AddDialog<LanguageDialog>();
        services.AddDialog<RoleDialog>();
        services.AddDialog<ProjectsCommandDialog>();
        services.Configure<TurnOptions>(options => options.WordCommands.Add(
            new WordCommand(ProjectsDialog.EntryWordsKey, ProjectsCommandDialog.DialogId)));
        foreach (var id in RoleDialogs.All)
        {
            services.AddPlaceholderDialog(new ComingSoonDialog(id));
        }

        return services;
    }
}
