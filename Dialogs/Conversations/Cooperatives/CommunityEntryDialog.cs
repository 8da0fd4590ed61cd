using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// Where a conversation with nothing on its stack starts, when the host routes turns through it
/// (<see cref="Turns.TurnOptions.MainDialogId"/>): answers an open cooperative invitation (1️⃣ yes /
/// 2️⃣ no), takes one digit as a vote on the ballot the person was last sent, leaves cooperatives
/// on "leave cooperative", opens "🤝 projects" on its words; anything else goes to the main dialog.
/// A digit answering an invitation or a ballot mid-menu is taken earlier, by the interruptions
/// <see cref="InvitationAnswerDialog"/> and <see cref="BallotAnswerDialog"/>; here the words
/// ("oui", "no", "iyeh") answer an invitation too.
/// </summary>
public sealed class CommunityEntryDialog : Dialog
{
    public const string DialogId = "community.entry";

    private readonly CooperativeService _cooperatives;
    private readonly IProjectTextPresenter _presenter;

    public CommunityEntryDialog(CooperativeService cooperatives, IProjectTextPresenter presenter)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        ArgumentNullException.ThrowIfNull(presenter);

        _cooperatives = cooperatives;
        _presenter = presenter;
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return await TryHandleAsync(dc, cancellationToken)
            ?? await dc.ReplaceDialogAsync(MainDialog.DialogId, null, cancellationToken);
    }

    /// <summary>Handles the turn when it answers an invitation or a ballot, or names projects or leaving.</summary>
    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var context = dc.Context;
        if (await AnswerInvitationAsync(dc, cancellationToken) is { } answered)
        {
            return answered;
        }

        if (await _cooperatives.AnswerBallotAsync(context, cancellationToken) is { } vote)
        {
            return vote.Result == VoteResult.LimitReached
                ? await dc.ReplaceDialogAsync(VoteDialog.DialogId, vote.Project.Id, cancellationToken)
                : await EndWithAsync(
                    dc,
                    BallotKey(vote.Result),
                    await _presenter.TitleAsync(vote.Project, context.Language, cancellationToken),
                    cancellationToken);
        }

        if (Says(context, "coop.leave.words"))
        {
            foreach (var cooperative in await _cooperatives.LeaveAsync(context, cancellationToken))
            {
                context.Reply("coop.left", new Dictionary<string, object?> { ["name"] = cooperative.Name });
            }

            return context.HasReplied ? await dc.EndDialogAsync(null, cancellationToken) : null;
        }

        return Says(context, ProjectsDialog.EntryWordsKey) && context.Person.Role != Storage.Model.Role.None
            ? await dc.ReplaceDialogAsync(ProjectsDialog.DialogId, null, cancellationToken)
            : null;
    }

    private async Task<DialogTurnResult?> AnswerInvitationAsync(DialogContext dc, CancellationToken ct)
    {
        var context = dc.Context;
        var found = ChoiceRecognizer.Recognize(context.Answer, ConfirmPrompt.YesNo, context.Catalog, context.Language);
        if (found is null)
        {
            return null;
        }

        var (change, cooperative) = await _cooperatives.AnswerInvitationAsync(context, found.Index == 0, ct);
        if (change != MembershipChange.Done)
        {
            return null;
        }

        context.Reply(found.Index == 0 ? "coop.joined" : "coop.declined", new Dictionary<string, object?>
        {
            ["name"] = cooperative!.Name,
        });
        return await dc.EndDialogAsync(null, ct);
    }

    private static async Task<DialogTurnResult> EndWithAsync(
        DialogContext dc,
        string key,
        string title,
        CancellationToken ct)
    {
        dc.Context.Reply(key, new Dictionary<string, object?> { ["title"] = title });
        return await dc.EndDialogAsync(null, ct);
    }

    private static string BallotKey(VoteResult result) => result switch
    {
        VoteResult.Recorded => "vote.ballot.recorded",
        VoteResult.AlreadyVoted => "vote.already",
        _ => "vote.closed",
    };

    private static bool Says(Turns.TurnContext context, string wordsKey)
    {
        var reply = TextNormalizer.Normalize(context.Answer);
        return reply.Length > 0 && context.Catalog.Languages.Any(language =>
            context.Catalog.Words(language, wordsKey).Any(word => TextNormalizer.Normalize(word) == reply));
    }
}
