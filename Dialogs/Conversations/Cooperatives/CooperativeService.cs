using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// Cooperatives within a chat turn: registering, inviting, joining, leaving, removing. Every
/// change goes into the turn's change set; messages to others go through the turn's notifications.
/// </summary>
/// <remarks>
/// An invitation to a number the bot has never heard from goes by SMS from the leader's bot
/// number, in the leader's language: WhatsApp allows a business to write first only with an
/// approved template to someone who opted in, which a number typed by a leader has not.
/// </remarks>
public sealed partial class CooperativeService
{
    /// <summary>The outbox kind of invitations.</summary>
    public const string InviteKind = "coop.invite";

    /// <summary>The outbox kind of news about members (joined, left, removed).</summary>
    public const string MembersKind = "coop.members";

    private readonly ICommunityStore _community;
    private readonly IOutboxStore _outbox;
    private readonly CampaignService _campaigns;
    private readonly CommunityNotices _notices;
    private readonly IProjectTextPresenter _presenter;
    private readonly ILogger<CooperativeService> _logger;

    public CooperativeService(
        ICommunityStore community,
        IOutboxStore outbox,
        CampaignService campaigns,
        CommunityNotices notices,
        IProjectTextPresenter presenter,
        ILogger<CooperativeService> logger)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(presenter);
        ArgumentNullException.ThrowIfNull(logger);

        _presenter = presenter;
        _logger = logger;
        _community = community;
        _outbox = outbox;
        _campaigns = campaigns;
        _notices = notices;
    }

    public ICommunityStore Store => _community;

    /// <summary>Registers a cooperative led by the sender.</summary>
    public static Cooperative Register(TurnContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var cooperative = new Cooperative
        {
            Id = $"coop-{Guid.CreateVersion7(context.Now):N}",
            Name = name.Trim(),
            LeaderId = context.Person.Id,
            CreatedAt = context.Now,
        };
        context.Changes.Put(cooperative);
        return cooperative;
    }

    /// <summary>
    /// Invites the person of <paramref name="phone"/> (E.164); someone the bot does not know yet
    /// is created with the leader's language, reachable by SMS from the leader's bot number.
    /// </summary>
    public async Task<MembershipChange> InviteAsync(
        TurnContext context,
        Cooperative cooperative,
        string phone,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cooperative);

        var id = Membership.IdFor(cooperative.Id, phone);
        var membership = await _community.GetMembershipAsync(id, cancellationToken);
        if (membership is { Status: MembershipStatus.Invited or MembershipStatus.Active } || phone == context.Person.Id)
        {
            return MembershipChange.AlreadyMember;
        }

        var person = await context.Store.GetPersonAsync(phone, cancellationToken) ?? NewPerson(context, phone);
        membership ??= new Membership { Id = id };
        membership.CooperativeId = cooperative.Id;
        membership.PersonId = phone;
        membership.Status = MembershipStatus.Invited;
        membership.InvitedAt = context.Now;
        membership.JoinedAt = null;
        membership.EndedAt = null;
        context.Changes.Put(membership);
        if (person.Version == 0)
        {
            context.Changes.Put(person);
        }

        context.Notify(person, "coop.invite", new Dictionary<string, object?>
        {
            ["leader"] = context.Person.ProfileName ?? PhoneMask.Mask(context.Person.Id),
            ["name"] = cooperative.Name,
        }, InviteKind);
        var masked = PhoneMask.Mask(phone);
        Log.Invited(_logger, masked, cooperative.Id);
        return MembershipChange.Done;
    }

    /// <summary>
    /// The invitation the person was sent last and has not answered yet, with its cooperative;
    /// null when none waits.
    /// </summary>
    public async Task<(Membership Invitation, Cooperative Cooperative)?> PendingInvitationAsync(
        string personId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personId);

        var memberships = await _community.ListMembershipsOfPersonAsync(personId, cancellationToken);
        var invitation = memberships.Where(m => m.Status == MembershipStatus.Invited)
            .OrderByDescending(m => m.InvitedAt)
            .FirstOrDefault();
        var cooperative = invitation is null
            ? null
            : await _community.GetCooperativeAsync(invitation.CooperativeId, cancellationToken);
        return cooperative is null ? null : (invitation!, cooperative);
    }

    /// <summary>
    /// Answers the sender's last open invitation (see <see cref="PendingInvitationAsync"/>); tells
    /// the leader when they join.
    /// </summary>
    public async Task<(MembershipChange Change, Cooperative? Cooperative)> AnswerInvitationAsync(
        TurnContext context,
        bool accept,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (await PendingInvitationAsync(context.Person.Id, cancellationToken) is not (var invitation, var cooperative))
        {
            return (MembershipChange.NotFound, null);
        }

        await RecordAnswerAsync(context, invitation, cooperative, accept, cancellationToken);
        return (MembershipChange.Done, cooperative);
    }

    /// <summary>
    /// Answers <paramref name="invitation"/> (one of <see cref="PendingInvitationAsync"/>'s); tells
    /// the leader when the sender joins.
    /// </summary>
    public static async Task RecordAnswerAsync(
        TurnContext context,
        Membership invitation,
        Cooperative cooperative,
        bool accept,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(cooperative);

        invitation.Status = accept ? MembershipStatus.Active : MembershipStatus.Declined;
        invitation.JoinedAt = accept ? context.Now : null;
        invitation.EndedAt = accept ? null : context.Now;
        context.Changes.Put(invitation);
        if (accept)
        {
            await TellLeaderAsync(context, cooperative, "coop.member.joined", cancellationToken);
        }
    }

    /// <summary>Takes the sender out of every cooperative they are active in; tells each leader.</summary>
    public async Task<IReadOnlyList<Cooperative>> LeaveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var left = new List<Cooperative>();
        var memberships = await _community.ListMembershipsOfPersonAsync(context.Person.Id, cancellationToken);
        foreach (var membership in memberships.Where(m => m.Status == MembershipStatus.Active))
        {
            membership.Status = MembershipStatus.Left;
            membership.EndedAt = context.Now;
            context.Changes.Put(membership);
            if (await _community.GetCooperativeAsync(membership.CooperativeId, cancellationToken) is { } cooperative)
            {
                left.Add(cooperative);
                await TellLeaderAsync(context, cooperative, "coop.member.left", cancellationToken);
            }
        }

        return left;
    }

    /// <summary>The invited and active members, oldest invitation first.</summary>
    public async Task<IReadOnlyList<Membership>> CurrentMembersAsync(
        Cooperative cooperative,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cooperative);

        var memberships = await _community.ListMembershipsAsync(cooperative.Id, cancellationToken);
        return [.. memberships.Where(m => m.Status is MembershipStatus.Active or MembershipStatus.Invited)];
    }

    /// <summary>Removes a member (leader's action) and tells them.</summary>
    public async Task<MembershipChange> RemoveAsync(
        TurnContext context,
        Cooperative cooperative,
        string personId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cooperative);

        var id = Membership.IdFor(cooperative.Id, personId);
        var membership = await _community.GetMembershipAsync(id, cancellationToken);
        if (membership is not { Status: MembershipStatus.Active or MembershipStatus.Invited })
        {
            return MembershipChange.NotFound;
        }

        membership.Status = MembershipStatus.Removed;
        membership.EndedAt = context.Now;
        context.Changes.Put(membership);
        if (await context.Store.GetPersonAsync(personId, cancellationToken) is { } member)
        {
            context.Notify(member, "coop.removed.notice", Args(cooperative), MembersKind);
        }

        return MembershipChange.Done;
    }

    private static Person NewPerson(TurnContext context, string phone) => new()
    {
        Id = phone,
        Language = context.Language,
        LastChannel = Channel.Sms,
        LastBotNumber = context.Person.LastBotNumber,
        CreatedAt = context.Now,
    };

    private static Dictionary<string, object?> Args(Cooperative cooperative, string? phone = null) => new()
    {
        ["name"] = cooperative.Name,
        ["phone"] = phone,
    };

    private static async Task TellLeaderAsync(
        TurnContext context,
        Cooperative cooperative,
        string key,
        CancellationToken cancellationToken)
    {
        if (await context.Store.GetPersonAsync(cooperative.LeaderId, cancellationToken) is { } leader)
        {
            context.Notify(leader, new LocalizedText(key, Args(cooperative, context.Person.Id)), MembersKind);
        }
    }
}
