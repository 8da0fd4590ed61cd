using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// The cooperative leader's space (<c>leader.main</c>): registers the cooperative on first use,
/// then a menu: add a member, members (remove), announcement, ballot, broadcast progress,
/// community projects. Comes back to the menu after each action.
/// </summary>
public sealed class LeaderDialog : WaterfallDialog
{
    public const string DialogId = RoleDialogs.Leader;

    private const string NamePrompt = "leader.main.name";
    private const string MenuPrompt = "leader.main.menu";

    private static readonly IReadOnlyList<Choice> Menu =
    [
        new("add", "coop.menu.add", "➕"),
        new("members", "coop.menu.members", "👥"),
        new("announce", "coop.menu.announce", "📣"),
        new("ballot", "coop.menu.ballot", "🗳️"),
        new("progress", "coop.menu.progress", "📈"),
        new("projects", "coop.menu.projects", "🤝"),
    ];

    private readonly CooperativeService _cooperatives;

    public LeaderDialog(CooperativeService cooperatives)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);

        _cooperatives = cooperatives;
        Add(new TextPrompt(NamePrompt));
        Add(new ChoicePrompt(MenuPrompt));
        AddStep(AskNameAsync);
        AddStep(MenuAsync);
        AddStep(ChooseAsync);
        AddStep((step, ct) => step.ReplaceDialogAsync(DialogId, null, ct));
    }

    private async Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken ct) =>
        await _cooperatives.Store.FindCooperativeByLeaderAsync(step.Context.Person.Id, ct) is { } cooperative
            ? await step.NextAsync(cooperative.Id, ct)
            : await step.PromptAsync(NamePrompt, new PromptOptions { Prompt = "coop.register.ask" }, ct);

    private async Task<DialogTurnResult> MenuAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var cooperative = await _cooperatives.Store.FindCooperativeByLeaderAsync(step.Context.Person.Id, ct);
        if (cooperative is null)
        {
            cooperative = CooperativeService.Register(step.Context, (string)step.Result!);
            step.Context.Reply("coop.registered", new Dictionary<string, object?> { ["name"] = cooperative.Name });
        }

        step.Values.Set("cooperative", cooperative.Id);
        return await step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = new LocalizedText(
                "coop.menu.ask",
                new Dictionary<string, object?> { ["name"] = cooperative.Name }),
            Choices = Menu,
        }, ct);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var cooperativeId = step.Values.Get<string>("cooperative")!;
        return ((FoundChoice)step.Result!).Value switch
        {
            "add" => await step.BeginDialogAsync(AddMemberDialog.DialogId, null, ct),
            "members" => await step.BeginDialogAsync(MembersDialog.DialogId, cooperativeId, ct),
            "announce" => await step.BeginDialogAsync(BroadcastDialog.DialogId,
                new BroadcastRequest(cooperativeId, BroadcastKind.Announcement), ct),
            "ballot" => await step.BeginDialogAsync(BroadcastDialog.DialogId,
                new BroadcastRequest(cooperativeId, BroadcastKind.Ballot), ct),
            "progress" => await ProgressAsync(step, cooperativeId, ct),
            _ => await step.ReplaceDialogAsync(ProjectsDialog.DialogId, null, ct),
        };
    }

    private async Task<DialogTurnResult> ProgressAsync(
        WaterfallStepContext step,
        string cooperativeId,
        CancellationToken ct)
    {
        var cooperative = (await _cooperatives.Store.GetCooperativeAsync(cooperativeId, ct))!;
        if (await _cooperatives.ProgressAsync(cooperative, ct) is not { } progress)
        {
            step.Context.Reply("broadcast.progress.none");
            return await step.NextAsync(null, ct);
        }

        step.Context.Reply("broadcast.progress", new Dictionary<string, object?>
        {
            ["members"] = progress.Members,
            ["sent"] = progress.Sent,
            ["delivered"] = progress.Delivered,
            ["failed"] = progress.Failed,
            ["waiting"] = progress.Waiting,
            ["answered"] = progress.Answered,
        });
        return await step.NextAsync(null, ct);
    }
}
