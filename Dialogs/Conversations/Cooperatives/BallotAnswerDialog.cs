using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Projects;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// The ballot interruption: a member who was sent a ballot (<c>Person.PendingBallotId</c>) and
/// answers with the number of one of its projects votes, wherever they were in the menus; the
/// question they were on is asked again afterwards. Any other message goes where it was meant to.
/// An open invitation sent after the ballot takes 1️⃣ and 2️⃣ first (see
/// <see cref="InvitationAnswerDialog"/>).
/// </summary>
public sealed class BallotAnswerDialog : Dialog
{
    public const string DialogId = "community.ballot";

    private readonly CooperativeService _cooperatives;
    private readonly IProjectTextPresenter _presenter;

    public BallotAnswerDialog(CooperativeService cooperatives, IProjectTextPresenter presenter)
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

        var vote = await _cooperatives.AnswerBallotAsync(dc.Context, cancellationToken);
        dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);
        if (vote is not { } answered)
        {
            return DialogTurnResult.Empty;
        }

        var key = answered.Result switch
        {
            VoteResult.Recorded => "vote.ballot.recorded",
            VoteResult.AlreadyVoted => "vote.already",
            VoteResult.LimitReached => "vote.ballot.limit",
            _ => "vote.closed",
        };
        var title = await _presenter.TitleAsync(answered.Project, dc.Context.Language, cancellationToken);
        dc.Context.Reply(key, new Dictionary<string, object?> { ["title"] = title });

        if (dc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }
}
