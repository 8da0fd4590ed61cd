using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// Lists the member's votes in the open campaign; a digit takes that vote back, and the dialog
/// ends with <see langword="true"/> so that the projects menu is shown again (as after a vote).
/// </summary>
public sealed class MyVotesDialog : Dialog
{
    public const string DialogId = "projects.mine";

    private readonly CampaignService _campaigns;
    private readonly IProjectTextPresenter _presenter;

    public MyVotesDialog(CampaignService campaigns, IProjectTextPresenter presenter)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(presenter);

        _campaigns = campaigns;
        _presenter = presenter;
    }

    public override Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return ShowAsync(dc, cancellationToken);
    }

    /// <summary>
    /// Lists the member's votes again (after "help" or a ballot answered in between), re-read from
    /// the store so a vote counted meanwhile is in the list; with none left, the dialog ends.
    /// </summary>
    public override async Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        await ShowAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var ids = dc.ActiveDialog!.State.Get<List<string>>("ids") ?? [];
        if (ProjectLines.Number(dc.Context.Answer) is not { } n || n < 1 || n > ids.Count)
        {
            dc.Context.Reply("vote.unknown");
            return DialogTurnResult.Waiting;
        }

        var context = dc.Context;
        var result = await _campaigns.WithdrawAsync(context.Person.Id, ids[n - 1], context.Changes, cancellationToken);
        var project = await _campaigns.Store.GetProjectAsync(ids[n - 1], cancellationToken);
        var title = project is null ? "" : await _presenter.TitleAsync(project, context.Language, cancellationToken);
        context.Reply(
            result == VoteResult.Withdrawn ? "vote.withdrawn" : "vote.closed",
            new Dictionary<string, object?> { ["title"] = title });
        return await dc.EndDialogAsync(result == VoteResult.Withdrawn, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var campaign = await _campaigns.Store.FindOpenCampaignAsync(cancellationToken);
        var votes = campaign is null
            ? []
            : await _campaigns.MemberVotesAsync(
                campaign.Id, dc.Context.Person.Id, dc.Context.Changes, cancellationToken);
        if (votes.Count == 0)
        {
            dc.Context.Reply("vote.mine.none");
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var projects = new List<SocialProject>();
        foreach (var vote in votes)
        {
            projects.Add((await _campaigns.Store.GetProjectAsync(vote.ProjectId, cancellationToken))!);
        }

        dc.ActiveDialog!.State.Set("ids", projects.Select(p => p.Id).ToList());
        var titles = await ProjectLines.TitlesAsync(projects, _presenter, dc.Context.Language, cancellationToken);
        dc.Context.ReplyText(dc.Context.Render("vote.mine.header") + titles);
        return DialogTurnResult.Waiting;
    }
}
