using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// Asks for a member's phone number (E.164 or Moroccan local form) and invites them to the
/// cooperative the sender leads.
/// </summary>
public sealed class AddMemberDialog : WaterfallDialog
{
    public const string DialogId = "coop.add";

    private const string PhonePrompt = "coop.add.phone";

    private readonly CooperativeService _cooperatives;

    public AddMemberDialog(CooperativeService cooperatives)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);

        _cooperatives = cooperatives;
        Add(new TextPrompt(
            PhonePrompt,
            (v, ct) => Task.FromResult(MemberPhone.TryNormalize(v.Recognized.Value, out _))));
        AddStep((step, ct) => step.PromptAsync(
            PhonePrompt,
            new PromptOptions { Prompt = "coop.add.ask", Retry = "coop.add.retry" },
            ct));
        AddStep(InviteAsync);
    }

    private async Task<DialogTurnResult> InviteAsync(WaterfallStepContext step, CancellationToken ct)
    {
        MemberPhone.TryNormalize((string)step.Result!, out var phone);
        var cooperative = (await _cooperatives.Store.FindCooperativeByLeaderAsync(step.Context.Person.Id, ct))!;
        var change = await _cooperatives.InviteAsync(step.Context, cooperative, phone, ct);
        step.Context.Reply(
            change == MembershipChange.Done ? "coop.added" : "coop.add.already",
            new Dictionary<string, object?> { ["phone"] = phone });
        return await step.EndDialogAsync(null, ct);
    }
}
