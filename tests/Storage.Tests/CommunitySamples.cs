using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

/// <summary>Campaigns, projects, votes and cooperatives with every field set to a value that matters.</summary>
internal static class CommunitySamples
{
    private static readonly DateTimeOffset Morning = Samples.Morning;

    public static Campaign Campaign(
        string id = "c-1",
        CampaignStatus status = CampaignStatus.Closed,
        DateTimeOffset? startsAt = null) => new()
    {
        Id = id,
        Title = "Printemps solidaire 🌱",
        StartsAt = startsAt ?? Morning,
        EndsAt = (startsAt ?? Morning).AddMonths(3).ToOffset(TimeSpan.FromHours(-4)),
        ProjectsToFund = 4,
        MaxVotesPerMember = 3,
        Status = status,
        ClosedAt = status == CampaignStatus.Closed ? Morning.AddDays(91).AddTicks(7) : null,
        Ranking = ["sp-2", "sp-9", "sp-1"],
    };

    public static SocialProject Project(
        string id = "sp-1",
        string campaignId = "c-1",
        ProjectStatus status = ProjectStatus.Approved,
        DateTimeOffset? submittedAt = null) => new()
    {
        Id = id,
        CampaignId = campaignId,
        SubmitterId = "+212612345678",
        Title = "بئر للدوار",
        Description = "  Un puits pour le douar,\nprès de l'école  ",
        DescriptionLanguage = "ary",
        VoiceNoteUrl = "https://api.twilio.invalid/media/ME7",
        Place = "Douar Tizi, Azilal",
        AmountSoughtMad = 48_500.75m,
        PhotoUrl = null,
        Status = status,
        SubmittedAt = submittedAt ?? Morning,
        DecidedAt = status == ProjectStatus.PendingApproval
            ? null
            : Morning.AddHours(30).ToOffset(TimeSpan.FromHours(5.5)),
    };

    public static Vote Vote(
        string memberId = "+212611111111",
        string projectId = "sp-1",
        string campaignId = "c-1",
        DateTimeOffset? at = null,
        bool withdrawn = false) => new()
    {
        Id = Model.Vote.IdFor(campaignId, memberId, projectId),
        CampaignId = campaignId,
        MemberId = memberId,
        ProjectId = projectId,
        At = at ?? Morning.AddTicks(3).ToOffset(TimeSpan.FromHours(-1)),
        Withdrawn = withdrawn,
    };

    public static Cooperative Cooperative(
        string id = "coop-1",
        string leaderId = "+212622222222",
        DateTimeOffset? createdAt = null) => new()
    {
        Id = id,
        Name = "Coopérative Tifaouine ✂️",
        LeaderId = leaderId,
        CreatedAt = createdAt ?? Morning,
    };

    public static Membership Membership(
        string personId = "+212633333333",
        string cooperativeId = "coop-1",
        MembershipStatus status = MembershipStatus.Left,
        DateTimeOffset? invitedAt = null) => new()
    {
        Id = Model.Membership.IdFor(cooperativeId, personId),
        CooperativeId = cooperativeId,
        PersonId = personId,
        Status = status,
        InvitedAt = invitedAt ?? Morning,
        JoinedAt = Morning.AddMinutes(12).ToOffset(TimeSpan.FromHours(2)),
        EndedAt = status is MembershipStatus.Left or MembershipStatus.Removed ? Morning.AddDays(40) : null,
    };

    public static Broadcast Broadcast(string id = "b-1") => new()
    {
        Id = id,
        CooperativeId = "coop-1",
        Kind = BroadcastKind.Ballot,
        CampaignId = "c-1",
        Recipients = 1000,
        Messages = 1002,
        SmsSegments = 3006,
        CreatedAt = Morning.AddTicks(-1),
    };
}
