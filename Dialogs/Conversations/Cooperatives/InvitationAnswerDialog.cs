using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// The invitation interruption: a person with an open cooperative invitation who answers 1️⃣
/// (join) or 2️⃣ (decline), in any digit script or as a keycap, answers the invitation they were
/// sent last, wherever they were in the menus; the question they were on is asked again
/// afterwards. Any other message goes where it was meant to.
/// </summary>
/// <remarks>
/// When a ballot also waits for the person, the message they got last wins: the invitation takes
/// its two digits only when it is newer than the ballot; otherwise the digit is left to
/// <see cref="BallotAnswerDialog"/>. Only digits count here: "yes" and "no" words mid-menu answer
/// the person's own question; from an empty menu <see cref="CommunityEntryDialog"/> takes them.
/// Known shortcoming: an invitation never expires, so a person who ignores one has every 1️⃣
/// or 2️⃣ they send read as its answer until they answer it once.
/// </remarks>
public sealed class InvitationAnswerDialog : Dialog
{
    public const string DialogId = "community.invitation";

    private readonly CooperativeService _cooperatives;

    public InvitationAnswerDialog(CooperativeService cooperatives)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);

        _cooperatives = cooperatives;
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);
        var context = dc.Context;
        var digit = ProjectLines.Number(context.Answer);
        var pending = digit is 1 or 2
            ? await _cooperatives.PendingInvitationAsync(context.Person.Id, cancellationToken)
            : null;
        if (pending is not (var invitation, var cooperative)
            || await IsOlderThanBallotAsync(invitation, context.Person, cancellationToken))
        {
            return DialogTurnResult.Empty;
        }

        await CooperativeService.RecordAnswerAsync(context, invitation, cooperative, digit == 1, cancellationToken);
        context.Reply(digit == 1 ? "coop.joined" : "coop.declined", new Dictionary<string, object?>
        {
            ["name"] = cooperative.Name,
        });
        if (dc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<bool> IsOlderThanBallotAsync(Membership invitation, Person person, CancellationToken ct) =>
        person.PendingBallotId is { } ballotId
        && await _cooperatives.Store.GetBroadcastAsync(ballotId, ct) is { } ballot
        && ballot.CreatedAt > invitation.InvitedAt;
}
