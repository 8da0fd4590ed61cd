using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// The open campaign's approved projects, five at a time with "➡️ more", those the member already
/// voted for marked ✅; one digit votes for the project of that number. A vote over the limit
/// lists the member's votes and moves the one picked.
/// </summary>
/// <remarks>
/// One vote per visit: once a vote is counted (or moved, or found already counted), the member is
/// told so and the dialog ends with <see langword="true"/>, so that the projects menu is shown
/// again. A member who cannot read well answers the message they just got; a second digit sent
/// out of habit must not cast another vote on a list that has scrolled out of sight. To vote
/// again they pick 🗳️ in that menu and see the list afresh, with their votes marked. For the
/// same reason a vote here answers the ballot the member may have been sent
/// (<c>Person.PendingBallotId</c> is cleared): its numbers would otherwise catch the next digit.
/// </remarks>
public sealed class VoteDialog : Dialog
{
    public const string DialogId = "projects.vote";

    public const int PageSize = 5;

    private readonly CampaignService _campaigns;
    private readonly IProjectTextPresenter _presenter;

    public VoteDialog(CampaignService campaigns, IProjectTextPresenter presenter)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(presenter);

        _campaigns = campaigns;
        _presenter = presenter;
    }

    /// <summary>Shows the first page; begun with a project id, offers to move a vote to that project.</summary>
    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (options is string projectId
            && await _campaigns.Store.GetProjectAsync(projectId, cancellationToken) is { } target
            && await _campaigns.Store.GetCampaignAsync(target.CampaignId, cancellationToken) is { } campaign)
        {
            return await OfferMoveAsync(dc, campaign, target, cancellationToken);
        }

        return await ShowPageAsync(dc, 0, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        var number = ProjectLines.Number(dc.Context.Answer);
        if (state.Get<string>("moveTo") is { } target)
        {
            return await MoveAsync(dc, target, number, cancellationToken);
        }

        var shown = state.Get<List<string>>("ids") ?? [];
        var hasMore = state.Get<bool>("more");
        if (hasMore && (number == shown.Count + 1 || IsMore(dc)))
        {
            return await ShowPageAsync(dc, state.Get<int>("page") + 1, cancellationToken);
        }

        if (number is not { } n || n < 1 || n > shown.Count)
        {
            dc.Context.Reply("vote.unknown");
            return DialogTurnResult.Waiting;
        }

        return await VoteAsync(dc, shown[n - 1], cancellationToken);
    }

    /// <summary>
    /// Shows the question again (after "help" or a ballot answered in between): the page the
    /// member was on, or the list of their votes when a move was offered. Re-read from the store,
    /// so a vote counted meanwhile shows in "remaining"; a campaign closed meanwhile ends the dialog.
    /// </summary>
    public override async Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        if (state.Get<string>("moveTo") is { } targetId
            && await _campaigns.Store.GetProjectAsync(targetId, cancellationToken) is { } target
            && await _campaigns.Store.GetCampaignAsync(target.CampaignId, cancellationToken) is { } campaign)
        {
            await OfferMoveAsync(dc, campaign, target, cancellationToken);
            return;
        }

        await ShowPageAsync(dc, state.Get<int>("page"), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowPageAsync(DialogContext dc, int page, CancellationToken ct)
    {
        var campaign = await _campaigns.Store.FindOpenCampaignAsync(ct);
        if (campaign is null || !VoteRules.IsOpen(campaign, dc.Context.Now))
        {
            dc.Context.Reply("vote.closed");
            return await dc.EndDialogAsync(null, ct);
        }

        var projects = await _campaigns.Store.ListProjectsAsync(campaign.Id, ProjectStatus.Approved, ct);
        if (projects.Count == 0)
        {
            dc.Context.Reply("vote.none");
            return await dc.EndDialogAsync(null, ct);
        }

        page = page * PageSize >= projects.Count ? 0 : page;
        var slice = projects.Skip(page * PageSize).Take(PageSize).ToList();
        var more = (page + 1) * PageSize < projects.Count;
        var state = dc.ActiveDialog!.State;
        state.Set("page", page);
        state.Set("ids", slice.Select(p => p.Id).ToList());
        state.Set("more", more);

        var votes = await _campaigns.MemberVotesAsync(campaign.Id, dc.Context.Person.Id, dc.Context.Changes, ct);
        var header = dc.Context.Render(new("vote.list.header", new Dictionary<string, object?>
        {
            ["remaining"] = Math.Max(0, campaign.MaxVotesPerMember - votes.Count),
        }));
        var mine = votes.Select(v => v.ProjectId).ToHashSet(StringComparer.Ordinal);
        var lines = await ProjectLines.RenderAsync(slice, _presenter, dc.Context.Language, ct, mine);
        var moreLine = more ? $"\n{Digits.Keycap(slice.Count + 1)} {dc.Context.Render("vote.list.more")}" : "";
        dc.Context.ReplyText(header + lines + moreLine);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> VoteAsync(DialogContext dc, string projectId, CancellationToken ct)
    {
        var context = dc.Context;
        var result = await _campaigns.VoteAsync(context.Person.Id, projectId, context.Changes, ct);
        var project = (await _campaigns.Store.GetProjectAsync(projectId, ct))!;
        var campaign = (await _campaigns.Store.GetCampaignAsync(project.CampaignId, ct))!;
        if (result == VoteResult.LimitReached)
        {
            return await OfferMoveAsync(dc, campaign, project, ct);
        }

        context.Person.PendingBallotId = null;
        var used = (await _campaigns.MemberVotesAsync(campaign.Id, context.Person.Id, ct)).Count + 1;
        context.Reply(KeyFor(result), new Dictionary<string, object?>
        {
            ["title"] = await _presenter.TitleAsync(project, context.Language, ct),
            ["remaining"] = Math.Max(0, campaign.MaxVotesPerMember - used),
        });
        return await dc.EndDialogAsync(true, ct);
    }

    private async Task<DialogTurnResult> OfferMoveAsync(
        DialogContext dc,
        Campaign campaign,
        SocialProject target,
        CancellationToken ct)
    {
        var votes = await _campaigns.MemberVotesAsync(campaign.Id, dc.Context.Person.Id, dc.Context.Changes, ct);
        var voted = new List<SocialProject>();
        foreach (var vote in votes)
        {
            voted.Add((await _campaigns.Store.GetProjectAsync(vote.ProjectId, ct))!);
        }

        var state = dc.ActiveDialog!.State;
        state.Set("moveTo", target.Id);
        state.Set("mine", voted.Select(p => p.Id).ToList());
        var header = dc.Context.Render(new("vote.limit", new Dictionary<string, object?>
        {
            ["max"] = campaign.MaxVotesPerMember,
            ["title"] = await _presenter.TitleAsync(target, dc.Context.Language, ct),
        }));
        var titles = await ProjectLines.TitlesAsync(voted, _presenter, dc.Context.Language, ct);
        dc.Context.ReplyText(header + titles);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> MoveAsync(DialogContext dc, string target, int? number, CancellationToken ct)
    {
        var state = dc.ActiveDialog!.State;
        var mine = state.Get<List<string>>("mine") ?? [];
        if (number is not { } n || n < 1 || n > mine.Count)
        {
            dc.Context.Reply("vote.unknown");
            return DialogTurnResult.Waiting;
        }

        state.Data.Remove("moveTo");
        var context = dc.Context;
        var result = await _campaigns.MoveAsync(context.Person.Id, mine[n - 1], target, context.Changes, ct);
        context.Person.PendingBallotId = null;
        var project = await _campaigns.Store.GetProjectAsync(target, ct);
        context.Reply(KeyFor(result), new Dictionary<string, object?>
        {
            ["title"] = project is null ? "" : await _presenter.TitleAsync(project, context.Language, ct),
            ["remaining"] = 0,
        });
        return await dc.EndDialogAsync(true, ct);
    }

    private static bool IsMore(DialogContext dc)
    {
        var reply = TextNormalizer.Normalize(dc.Context.Answer);
        return dc.Context.Catalog.Languages.Any(language => dc.Context.Catalog
            .Words(language, "vote.more.words").Any(word => TextNormalizer.Normalize(word) == reply));
    }

    private static string KeyFor(VoteResult result) => result switch
    {
        VoteResult.Recorded => "vote.recorded",
        VoteResult.Moved => "vote.moved",
        VoteResult.AlreadyVoted => "vote.already",
        VoteResult.CampaignClosed => "vote.closed",
        _ => "vote.unknown",
    };
}
