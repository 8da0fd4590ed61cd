using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// Sends an announcement (asks for its text) or a ballot to the cooperative's members, after
/// telling the leader how many messages and SMS segments it costs and asking to confirm.
/// Begun with a <see cref="BroadcastRequest"/>.
/// </summary>
public sealed class BroadcastDialog : WaterfallDialog
{
    public const string DialogId = "coop.broadcast";

    private const string TextPromptId = "coop.broadcast.text";
    private const string ConfirmPromptId = "coop.broadcast.confirm";

    private readonly CooperativeService _cooperatives;

    public BroadcastDialog(CooperativeService cooperatives)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);

        _cooperatives = cooperatives;
        Add(new TextPrompt(TextPromptId));
        Add(new ConfirmPrompt(ConfirmPromptId));
        AddStep(AskTextAsync);
        AddStep(PreviewAsync);
        AddStep(SendAsync);
    }

    private static Task<DialogTurnResult> AskTextAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = step.Options<BroadcastRequest>()!;
        step.Values.Set("cooperative", request.CooperativeId);
        step.Values.Set("kind", request.Kind.ToString());
        return request.Kind == BroadcastKind.Announcement
            ? step.PromptAsync(TextPromptId, new PromptOptions { Prompt = "broadcast.announce.ask" }, ct)
            : step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("text", step.Result as string);
        if (await PlanAsync(step, ct) is not { } plan)
        {
            return await step.EndDialogAsync(null, ct);
        }

        var cost = new LocalizedText("broadcast.cost", new Dictionary<string, object?>
        {
            ["members"] = plan.Broadcast.Recipients,
            ["messages"] = plan.Broadcast.Messages,
            ["segments"] = plan.Broadcast.SmsSegments,
        });
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = cost }, ct);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!(bool)step.Result! || await PlanAsync(step, ct) is not { } plan)
        {
            step.Context.Reply("broadcast.cancelled");
            return await step.EndDialogAsync(null, ct);
        }

        var cooperative = (await _cooperatives.Store.GetCooperativeAsync(step.Values.Get<string>("cooperative")!, ct))!;
        _cooperatives.Send(step.Context, cooperative, plan);
        step.Context.Reply(
            "broadcast.sent",
            new Dictionary<string, object?> { ["members"] = plan.Broadcast.Recipients });
        return await step.EndDialogAsync(plan.Broadcast.Id, ct);
    }

    /// <summary>The plan as of now; says why and returns null when there is nothing to send.</summary>
    private async Task<BroadcastPlan?> PlanAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var cooperative = (await _cooperatives.Store.GetCooperativeAsync(step.Values.Get<string>("cooperative")!, ct))!;
        var kind = Enum.Parse<BroadcastKind>(step.Values.Get<string>("kind")!);
        var plan = await _cooperatives.PlanAsync(step.Context, cooperative, kind, step.Values.Get<string>("text"), ct);
        if (plan is null)
        {
            step.Context.Reply("broadcast.ballot.none");
        }
        else if (plan.Recipients.Count == 0)
        {
            step.Context.Reply("broadcast.no.members");
            return null;
        }

        return plan;
    }
}
