using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// Campaigns, projects and votes: every method reads the stores, checks the rules and puts what
/// changes into the caller's <see cref="ChangeSet"/>; nothing is written until the caller commits.
/// Messages to submitters and participants go into the same change set as outbox entries.
/// </summary>
public sealed partial class CampaignService
{
    /// <summary>The outbox kind of the message that announces a closed campaign's winners.</summary>
    public const string ClosedKind = "campaign.closed";

    /// <summary>The outbox kind of the message that tells a submitter their project's fate.</summary>
    public const string DecidedKind = "project.decided";

    private readonly ICommunityStore _community;
    private readonly IMarketStore _people;
    private readonly CommunityNotices _notices;
    private readonly IProjectTextPresenter _presenter;
    private readonly TimeProvider _time;
    private readonly CampaignOptions _options;
    private readonly ILogger<CampaignService> _logger;

    public CampaignService(
        ICommunityStore community,
        IMarketStore people,
        CommunityNotices notices,
        IProjectTextPresenter presenter,
        TimeProvider time,
        IOptions<CampaignOptions> options,
        ILogger<CampaignService> logger)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(presenter);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _community = community;
        _people = people;
        _notices = notices;
        _presenter = presenter;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public ICommunityStore Store => _community;

    /// <summary>Opens a campaign now, unless one is open already.</summary>
    public async Task<CampaignOutcome> OpenAsync(
        OpenCampaignRequest request,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(changes);

        if (string.IsNullOrWhiteSpace(request.Title)
            || request.ProjectsToFund is < 1 || request.MaxVotesPerMember is < 1)
        {
            return new CampaignOutcome(CommunityResult.Invalid);
        }

        if (await _community.FindOpenCampaignAsync(cancellationToken) is { } open)
        {
            return new CampaignOutcome(CommunityResult.AlreadyOpen, open);
        }

        var now = _time.GetUtcNow();
        var campaign = new Campaign
        {
            Id = $"campaign-{now.ToUnixTimeSeconds()}",
            Title = request.Title.Trim(),
            StartsAt = now,
            EndsAt = _options.Duration is { } duration ? now + duration : now.AddMonths(3),
            ProjectsToFund = request.ProjectsToFund ?? _options.ProjectsToFund,
            MaxVotesPerMember = request.MaxVotesPerMember ?? _options.MaxVotesPerMember,
            Status = CampaignStatus.Open,
        };
        changes.Put(campaign);
        Log.CampaignOpened(_logger, campaign.Id, campaign.EndsAt);
        return new CampaignOutcome(CommunityResult.Done, campaign);
    }

    /// <summary>
    /// Closes the campaign, fixes its ranking, and tells every participant (submitters and
    /// voters) the winners in their own language.
    /// </summary>
    public async Task<CampaignOutcome> CloseAsync(
        string campaignId,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var campaign = await _community.GetCampaignAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return new CampaignOutcome(CommunityResult.NotFound);
        }

        if (campaign.Status == CampaignStatus.Closed)
        {
            return new CampaignOutcome(CommunityResult.AlreadyClosed, campaign);
        }

        var projects = await _community.ListProjectsAsync(campaign.Id, null, cancellationToken);
        var votes = await _community.ListVotesAsync(campaign.Id, cancellationToken);
        var ranking = VoteRules.Rank(projects, votes);

        var now = _time.GetUtcNow();
        campaign.Status = CampaignStatus.Closed;
        campaign.ClosedAt = now;
        campaign.Ranking = [.. ranking.Select(standing => standing.Project.Id)];
        changes.Put(campaign);

        var participants = projects.Select(p => p.SubmitterId).Concat(votes.Select(v => v.MemberId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var winners = ranking.Take(campaign.ProjectsToFund).Where(s => s.Votes > 0).ToList();
        await AnnounceAsync(campaign, winners, participants, changes, now, cancellationToken);
        Log.CampaignClosed(_logger, campaign.Id, ranking.Count, participants.Count);
        return new CampaignOutcome(CommunityResult.Done, campaign, ranking);
    }

    /// <summary>The approved projects of the campaign, most votes first.</summary>
    public async Task<IReadOnlyList<ProjectStanding>> StandingsAsync(
        string campaignId,
        CancellationToken cancellationToken = default)
    {
        var projects = await _community.ListProjectsAsync(campaignId, ProjectStatus.Approved, cancellationToken);
        var votes = await _community.ListVotesAsync(campaignId, cancellationToken);
        return VoteRules.Rank(projects, votes);
    }

    /// <summary>Tells every participant the winners, their titles in the participant's language.</summary>
    private async Task AnnounceAsync(
        Campaign campaign,
        List<ProjectStanding> winners,
        List<string> participants,
        ChangeSet changes,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, LocalizedText>(StringComparer.OrdinalIgnoreCase);
        var messages = new List<Turns.OutgoingMessage?>();
        foreach (var id in participants)
        {
            if (await _people.GetPersonAsync(id, cancellationToken) is not { } person)
            {
                continue;
            }

            var language = _notices.LanguageOf(person);
            if (!texts.TryGetValue(language, out var text))
            {
                text = await WinnersTextAsync(campaign, winners, language, cancellationToken);
                texts[language] = text;
            }

            messages.Add(_notices.For(person, text, ClosedKind));
        }

        foreach (var message in CommunityNotices.Compose($"close-{campaign.Id}", messages, now))
        {
            changes.Put(message);
        }
    }

    private async Task<LocalizedText> WinnersTextAsync(
        Campaign campaign,
        List<ProjectStanding> winners,
        string language,
        CancellationToken cancellationToken)
    {
        var lines = new List<string>(winners.Count);
        for (var i = 0; i < winners.Count; i++)
        {
            var title = await _presenter.TitleAsync(winners[i].Project, language, cancellationToken);
            lines.Add($"{i + 1}. {title} ({winners[i].Votes})");
        }

        return new LocalizedText(
            winners.Count == 0 ? "campaign.closed.none" : "campaign.closed.winners",
            new Dictionary<string, object?> { ["campaign"] = campaign.Title, ["winners"] = string.Join('\n', lines) });
    }
}
