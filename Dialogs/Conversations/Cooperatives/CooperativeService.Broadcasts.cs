using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

public sealed partial class CooperativeService
{
    /// <summary>Broadcast messages wait behind replies (0) and notifications (1).</summary>
    public const int BroadcastPriority = 2;

    /// <summary>A ballot lists at most this many projects, so that one digit answers it.</summary>
    public const int MaxBallotProjects = 9;

    public static string KindOf(string broadcastId) => $"broadcast:{broadcastId}";

    /// <summary>
    /// Prepares a broadcast to every active member who has not opted out (the leader excepted):
    /// one message each in their language (a ballot's project titles too, through the
    /// <see cref="IProjectTextPresenter"/>), priced in messages and SMS segments. Null when a
    /// ballot has no open campaign with approved projects.
    /// </summary>
    public async Task<BroadcastPlan?> PlanAsync(
        TurnContext context,
        Cooperative cooperative,
        BroadcastKind kind,
        string? announcement,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cooperative);

        var broadcast = new Broadcast
        {
            Id = $"broadcast-{Guid.CreateVersion7(context.Now):N}",
            CooperativeId = cooperative.Id,
            Kind = kind,
            CreatedAt = context.Now,
        };
        var text = await TextAsync(broadcast, cooperative, announcement, cancellationToken);
        if (text is null)
        {
            return null;
        }

        var recipients = await RecipientsAsync(context, cooperative, cancellationToken);
        var texts = new Dictionary<string, LocalizedText>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in recipients.Select(_notices.LanguageOf).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            texts[language] = await text(language);
        }

        var messages = CommunityNotices.Compose(
            broadcast.Id,
            recipients.Select(person => _notices.For(person, texts[_notices.LanguageOf(person)], KindOf(broadcast.Id))),
            context.Now,
            BroadcastPriority);
        broadcast.Recipients = recipients.Count;
        broadcast.Messages = messages.Count;
        broadcast.SmsSegments = messages.Where(m => m.Channel == Channel.Sms).Sum(m => SmsSegments.Count(m.Body));
        return new BroadcastPlan(broadcast, messages, recipients);
    }

    /// <summary>
    /// Writes the broadcast, its messages and, for a ballot, each recipient's pointer to it, into
    /// the turn's change set.
    /// </summary>
    public void Send(TurnContext context, Cooperative cooperative, BroadcastPlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(plan);

        context.Changes.Put(plan.Broadcast);
        foreach (var message in plan.Messages)
        {
            context.Changes.Put(message);
        }

        if (plan.Broadcast.Kind == BroadcastKind.Ballot)
        {
            foreach (var person in plan.Recipients)
            {
                person.PendingBallotId = plan.Broadcast.Id;
                context.Changes.Put(person);
            }
        }

        cooperative.LastBroadcastId = plan.Broadcast.Id;
        context.Changes.Put(cooperative);
        var broadcast = plan.Broadcast;
        Log.BroadcastWritten(_logger, broadcast.Id, broadcast.Kind, cooperative.Id, broadcast.Messages,
            broadcast.Recipients, broadcast.SmsSegments);
    }

    /// <summary>How far the cooperative's last broadcast has gone; null when there was none.</summary>
    public async Task<BroadcastProgress?> ProgressAsync(Cooperative cooperative, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cooperative);

        var broadcast = cooperative.LastBroadcastId is { } id
            ? await _community.GetBroadcastAsync(id, cancellationToken)
            : null;
        if (broadcast is null)
        {
            return null;
        }

        var messages = await _outbox.ListByKindAsync(KindOf(broadcast.Id), cancellationToken);
        var members = messages.Select(m => m.ToPersonId).ToHashSet(StringComparer.Ordinal);
        var answered = 0;
        if (broadcast.CampaignId is { } campaignId)
        {
            var votes = await _community.ListVotesAsync(campaignId, cancellationToken);
            answered = votes.Where(v => v.At >= broadcast.CreatedAt && members.Contains(v.MemberId))
                .Select(v => v.MemberId).Distinct(StringComparer.Ordinal).Count();
        }

        return new BroadcastProgress(
            members.Count,
            Waiting: messages.Count(m => m.Status is OutboxStatus.Pending or OutboxStatus.Sending),
            Sent: messages.Count(m => m.Status is OutboxStatus.Queued or OutboxStatus.Sent
                or OutboxStatus.AnsweredInline),
            Delivered: messages.Count(m => m.Status is OutboxStatus.Delivered or OutboxStatus.Read),
            Failed: messages.Count(m => m.Status is OutboxStatus.Failed or OutboxStatus.Undelivered),
            Answered: answered);
    }

    /// <summary>
    /// The ballot's projects in menu order: the campaign's projects approved by the time the
    /// ballot was written, oldest submission first, at most <see cref="MaxBallotProjects"/>.
    /// </summary>
    public async Task<IReadOnlyList<SocialProject>> BallotProjectsAsync(
        Broadcast ballot,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ballot);

        if (ballot.CampaignId is null)
        {
            return [];
        }

        var projects = await _community.ListProjectsAsync(ballot.CampaignId, ProjectStatus.Approved, cancellationToken);
        return [.. projects.Where(p => p.DecidedAt <= ballot.CreatedAt).Take(MaxBallotProjects)];
    }

    /// <summary>
    /// Takes the sender's reply as a vote on the ballot they were sent, when it is the number of
    /// one of its projects; clears the pointer once answered. Null when the reply is not a ballot answer.
    /// </summary>
    public async Task<(VoteResult Result, SocialProject Project)?> AnswerBallotAsync(
        TurnContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var person = context.Person;
        var ballot = person.PendingBallotId is { } id
            ? await _community.GetBroadcastAsync(id, cancellationToken)
            : null;
        if (ballot is null || ProjectLines.Number(context.Answer) is not { } number)
        {
            return null;
        }

        var projects = await BallotProjectsAsync(ballot, cancellationToken);
        if (number < 1 || number > projects.Count)
        {
            return null;
        }

        var project = projects[number - 1];
        var result = await _campaigns.VoteAsync(person.Id, project.Id, context.Changes, cancellationToken);
        person.PendingBallotId = null;
        return (result, project);
    }

    /// <summary>The text for a reader of a given language; null when a ballot has nothing to vote on.</summary>
    private async Task<Func<string, Task<LocalizedText>>?> TextAsync(
        Broadcast broadcast,
        Cooperative cooperative,
        string? announcement,
        CancellationToken cancellationToken)
    {
        if (broadcast.Kind == BroadcastKind.Announcement)
        {
            var body = new LocalizedText("broadcast.announcement.body", new Dictionary<string, object?>
            {
                ["name"] = cooperative.Name,
                ["text"] = announcement ?? "",
            });
            return _ => Task.FromResult(body);
        }

        var campaign = await _community.FindOpenCampaignAsync(cancellationToken);
        broadcast.CampaignId = campaign?.Id;
        var projects = campaign is null ? [] : await BallotProjectsAsync(broadcast, cancellationToken);
        if (projects.Count == 0)
        {
            return null;
        }

        return async language => new LocalizedText("broadcast.ballot.body", new Dictionary<string, object?>
        {
            ["name"] = cooperative.Name,
            ["campaign"] = campaign!.Title,
            ["projects"] = (await ProjectLines.TitlesAsync(projects, _presenter, language, cancellationToken))
                .TrimStart('\n'),
        });
    }

    private async Task<List<Person>> RecipientsAsync(
        TurnContext context,
        Cooperative cooperative,
        CancellationToken cancellationToken)
    {
        var recipients = new List<Person>();
        var memberships = await _community.ListMembershipsAsync(cooperative.Id, cancellationToken);
        foreach (var membership in memberships.Where(m => m.Status == MembershipStatus.Active))
        {
            var person = await context.Store.GetPersonAsync(membership.PersonId, cancellationToken);
            if (person is { OptedOut: false } && person.Id != context.Person.Id)
            {
                recipients.Add(person);
            }
        }

        return recipients;
    }
}
