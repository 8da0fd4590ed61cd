using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>Lists the cooperative's members (invited ones marked ⏳); a digit removes that member.</summary>
public sealed class MembersDialog : Dialog
{
    public const string DialogId = "coop.members";

    private readonly CooperativeService _cooperatives;

    public MembersDialog(CooperativeService cooperatives)
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

        var cooperative = (await _cooperatives.Store.GetCooperativeAsync((string)options!, cancellationToken))!;
        var members = await _cooperatives.CurrentMembersAsync(cooperative, cancellationToken);
        if (members.Count == 0)
        {
            dc.Context.Reply("coop.members.none");
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state.Set("cooperative", cooperative.Id);
        state.Set("ids", members.Select(m => m.PersonId).ToList());
        var lines = members.Select((m, i) =>
            $"\n{Digits.Keycap(i + 1)} {m.PersonId}{(m.Status == MembershipStatus.Invited ? " ⏳" : "")}");
        var header = dc.Context.Render(new("coop.members.header", new Dictionary<string, object?>
        {
            ["name"] = cooperative.Name,
        }));
        dc.Context.ReplyText(header + string.Concat(lines));
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        var ids = state.Get<List<string>>("ids") ?? [];
        if (ProjectLines.Number(dc.Context.Answer) is not { } n || n < 1 || n > ids.Count)
        {
            dc.Context.Reply("vote.unknown");
            return DialogTurnResult.Waiting;
        }

        var cooperativeId = state.Get<string>("cooperative")!;
        var cooperative = (await _cooperatives.Store.GetCooperativeAsync(cooperativeId, cancellationToken))!;
        await _cooperatives.RemoveAsync(dc.Context, cooperative, ids[n - 1], cancellationToken);
        dc.Context.Reply("coop.removed", new Dictionary<string, object?> { ["phone"] = ids[n - 1] });
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
