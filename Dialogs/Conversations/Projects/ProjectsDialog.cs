using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Projects;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// "🤝 Projects", open to every registered person: submit a project, vote, my votes, standings.
/// Says so and ends when no campaign is open. After a vote (see <see cref="VoteDialog"/>) or a
/// vote taken back (<see cref="MyVotesDialog"/>) the menu is shown again, so that the member's
/// next digit picks from it rather than from the list they answered.
/// </summary>
public sealed class ProjectsDialog : WaterfallDialog
{
    public const string DialogId = "projects.main";

    /// <summary>The catalogue key of the words that open this dialog from anywhere.</summary>
    public const string EntryWordsKey = "project.entry.words";

    private const string MenuPrompt = "projects.main.menu";

    private static readonly IReadOnlyList<Choice> Menu =
    [
        new("submit", "project.menu.submit", "📝"),
        new("vote", "project.menu.vote", "🗳️"),
        new("mine", "project.menu.mine", "✋"),
        new("standings", "project.menu.standings", "📊"),
    ];

    private readonly CampaignService _campaigns;
    private readonly IProjectTextPresenter _presenter;

    public ProjectsDialog(CampaignService campaigns, IProjectTextPresenter presenter)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(presenter);

        _campaigns = campaigns;
        _presenter = presenter;
        Add(new ChoicePrompt(MenuPrompt));
        AddStep(AskAsync);
        AddStep(ChooseAsync);
        AddStep(AfterChoiceAsync);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (await _campaigns.Store.FindOpenCampaignAsync(ct) is null)
        {
            step.Context.Reply("project.none");
            return await step.EndDialogAsync(null, ct);
        }

        return await step.PromptAsync(
            MenuPrompt,
            new PromptOptions { Prompt = "project.menu.ask", Choices = Menu },
            ct);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken ct) =>
        ((FoundChoice)step.Result!).Value switch
        {
            "submit" => await step.BeginDialogAsync(SubmitProjectDialog.DialogId, null, ct),
            "vote" => await step.BeginDialogAsync(VoteDialog.DialogId, null, ct),
            "mine" => await step.BeginDialogAsync(MyVotesDialog.DialogId, null, ct),
            _ => await StandingsAsync(step, ct),
        };

    /// <summary>A vote was cast or taken back (the dialog ended with true): the menu again; else done.</summary>
    private static Task<DialogTurnResult> AfterChoiceAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result is true
            ? step.ReplaceDialogAsync(DialogId, null, ct)
            : step.EndDialogAsync(null, ct);

    private async Task<DialogTurnResult> StandingsAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var campaign = (await _campaigns.Store.FindOpenCampaignAsync(ct))!;
        var standings = await _campaigns.StandingsAsync(campaign.Id, ct);
        var lines = new List<string>(standings.Count);
        for (var i = 0; i < standings.Count; i++)
        {
            var title = await _presenter.TitleAsync(standings[i].Project, step.Context.Language, ct);
            var args = new Dictionary<string, object?>
            {
                ["rank"] = i + 1,
                ["title"] = title,
                ["votes"] = standings[i].Votes,
            };
            lines.Add(step.Context.Render(new LocalizedText("vote.standings.line", args)));
        }

        var header = step.Context.Render(new LocalizedText(
            "vote.standings.header",
            new Dictionary<string, object?> { ["campaign"] = campaign.Title }));
        step.Context.ReplyText(string.Join('\n', [header, .. lines]));
        return await step.EndDialogAsync(null, ct);
    }
}
