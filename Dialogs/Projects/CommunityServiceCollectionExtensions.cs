using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Projects;

public static class CommunityServiceCollectionExtensions
{
    /// <summary>
    /// Registers campaigns, projects, votes and cooperatives: <see cref="CampaignService"/>,
    /// <see cref="CooperativeService"/>, <see cref="CommunityNotices"/>, the pass-through
    /// <see cref="IProjectTextPresenter"/> unless one is registered (the
    /// <see cref="TranslatingProjectTextPresenter"/> when an <see cref="ITranslator"/> is registered,
    /// whichever of this and <c>AddNegotiation</c> runs first; else the pass-through one),
    /// <see cref="CampaignOptions"/> bound from <c>Campaigns</c> and validated at start, and the
    /// dialogs (<c>projects.main</c>, <c>leader.main</c>, <c>community.entry</c> ...). The host registers the stores
    /// (<c>IMarketStore</c>, <c>ICommunityStore</c>, <c>IOutboxStore</c>).
    /// </summary>
    /// <remarks>
    /// Two interruptions answer what the community asked a person with one digit, wherever they
    /// are: an open invitation (<see cref="InvitationAnswerDialog"/>), then a ballot
    /// (<see cref="BallotAnswerDialog"/>); of the two, the one sent last takes the digit. Both
    /// are put before every other interruption, the negotiation's included, whichever of
    /// <c>AddNegotiation</c> and this runs first: a community answer is one digit that can be
    /// undone (a vote withdrawn, a cooperative left) and the offer is shown again right after,
    /// whereas a digit taken by the negotiation could accept or decline an offer, which cannot
    /// be undone, and would leave the invitation or ballot unanswerable while the offer stays open.
    /// </remarks>
    public static IServiceCollection AddCommunity(this IServiceCollection services, IConfiguration configuration)
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
        services.TryAddSingleton<CooperativeService>();
        services.TryAddSingleton<IProjectTextPresenter>(PresenterFor);
        services.AddDialog<ProjectsDialog>();
        services.AddDialog<SubmitProjectDialog>();
        services.AddDialog<VoteDialog>();
        services.AddDialog<MyVotesDialog>();
        services.AddDialog<LeaderDialog>();
        services.AddDialog<AddMemberDialog>();
        services.AddDialog<MembersDialog>();
        services.AddDialog<BroadcastDialog>();
        services.AddDialog<CommunityEntryDialog>();
        services.AddDialog<BallotAnswerDialog>();
        services.AddDialog<InvitationAnswerDialog>();
        services.PostConfigure<TurnOptions>(options => PutCommunityAnswersFirst(options.Interruptions));
        return services;
    }

    /// <summary>
    /// The invitation (any person may have one: the dialog looks it up only for a 1 or a 2), then
    /// the ballot, ahead of the interruptions already there.
    /// </summary>
    private static void PutCommunityAnswersFirst(IList<DialogInterruption> interruptions)
    {
        if (interruptions.Any(interruption => interruption.DialogId == InvitationAnswerDialog.DialogId))
        {
            return;
        }

        DialogInterruption[] community =
        [
            new(InvitationAnswerDialog.DialogId, _ => true),
            new(BallotAnswerDialog.DialogId, person => !string.IsNullOrEmpty(person.PendingBallotId)),
        ];
        for (var i = community.Length - 1; i >= 0; i--)
        {
            interruptions.Insert(0, community[i]);
        }
    }

    private static IProjectTextPresenter PresenterFor(IServiceProvider services) =>
        services.GetService<ITranslator>() is { } translator
            ? new TranslatingProjectTextPresenter(
                translator, services.GetRequiredService<ILogger<TranslatingProjectTextPresenter>>())
            : new PassThroughProjectTextPresenter();

    /// <summary>
    /// Starts every conversation with nothing on its stack (and "menu") in
    /// <see cref="CommunityEntryDialog"/>, which answers invitations and ballots, opens projects
    /// on their words and otherwise hands over to the onboarding main dialog.
    /// </summary>
    public static IServiceCollection RouteTurnsThroughCommunityEntry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.Configure<TurnOptions>(options => options.MainDialogId = CommunityEntryDialog.DialogId);
        return services;
    }
}
