using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Cooperatives;

public sealed class CooperativeTranscriptTests : IDisposable
{
    private const string Leader = "+212600000021";
    private const string Aicha = "+212612345678";
    private const string Omar = "+212661000022";

    private readonly TestFlow _flow = new(configureTurns: turns => turns.MainDialogId = CommunityEntryDialog.DialogId);
    private readonly CommunityWorld _world;

    public CooperativeTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
        _world.SeedPerson(Leader, "fr", Channel.WhatsApp, Role.Leader);
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task Invite_UnknownLocalNumber_CreatesPersonAndInvitesBySmsInLeadersLanguage()
    {
        await RegisterAsync();

        await _flow.Send(Leader, "1").ExpectReply(r => r.Should().Contain("numéro de téléphone"));
        await _flow.Send(Leader, "abc").ExpectReply(r => r.Should().Contain("ne semble pas juste"));
        await _flow.Send(Leader, "06 12 34 56 78")
            .ExpectReply(r => r.Should().Contain("Invitation envoyée au +212612345678"))
            .ExpectNotification(Aicha, r => r.Should().Contain("« Tifawin »").And.Contain("1️⃣ ✅ Oui"));

        var invitation = _flow.LastMessages.Single(m => m.ToPersonId == Aicha);
        invitation.Channel.Should().Be(Channel.Sms);
        invitation.FromNumber.Should().Be(TestFlow.BotNumber);
        _flow.Person(Aicha)!.Language.Should().Be("fr");
    }

    [Fact]
    public async Task Join_AnswerYes_ActivatesMembershipAndTellsLeader()
    {
        var cooperative = await RegisterAsync();
        await InviteAsync(Aicha);

        await _flow.Send(Aicha, "1")
            .ExpectReply(r => r.Should().Contain("Bienvenue dans « Tifawin »"))
            .ExpectNotification(Leader, r => r.Should().Contain("+212612345678 a rejoint"));

        await StatusOfAsync(cooperative, Aicha).ContinueWith(t => t.Result.Should().Be(MembershipStatus.Active));
    }

    [Fact]
    public async Task Join_AnswerNo_Declines()
    {
        var cooperative = await RegisterAsync();
        await InviteAsync(Aicha);

        await _flow.Send(Aicha, "non").ExpectReply(r => r.Should().Contain("pas rejoint"));

        (await StatusOfAsync(cooperative, Aicha)).Should().Be(MembershipStatus.Declined);
    }

    [Fact]
    public async Task Leave_Keyword_EndsMembershipAndTellsLeader()
    {
        var cooperative = await RegisterAsync();
        await InviteAsync(Aicha);
        await _flow.Send(Aicha, "oui");

        await _flow.Send(Aicha, "quitter coop")
            .ExpectReply(r => r.Should().Contain("Vous avez quitté « Tifawin »"))
            .ExpectNotification(Leader, r => r.Should().Contain("a quitté"));

        (await StatusOfAsync(cooperative, Aicha)).Should().Be(MembershipStatus.Left);
    }

    [Fact]
    public async Task Remove_LeaderPicksMember_RemovesAndTellsThem()
    {
        var cooperative = await RegisterAsync();
        await InviteAsync(Aicha);
        await _flow.Send(Aicha, "1");

        await _flow.Send(Leader, "2").ExpectReply(r => r.Should().Contain("1️⃣ +212612345678"));
        await _flow.Send(Leader, "1")
            .ExpectReply(r => r.Should().Contain("+212612345678 est retiré"))
            .ExpectNotification(Aicha, r => r.Should().Contain("ne faites plus partie"));

        (await StatusOfAsync(cooperative, Aicha)).Should().Be(MembershipStatus.Removed);
    }

    [Fact]
    public async Task Announcement_PreviewsCostThenWritesOneMessagePerMember()
    {
        await RegisterAsync();
        await AddMemberAsync(Aicha, "ary", Channel.Sms);
        await AddMemberAsync(Omar, "fr", Channel.WhatsApp);

        await _flow.Send(Leader, "3").ExpectReply(r => r.Should().Contain("Écrivez l'annonce"));
        string preview = "";
        await _flow.Send(Leader, "Réunion samedi à 10h").ExpectReply(r => preview = r);
        await _flow.Send(Leader, "1").ExpectReply(r => r.Should().Contain("Envoi en cours à 2 membres"));

        var sent = _flow.Store.Outbox().Where(m => m.Kind.StartsWith("broadcast:", StringComparison.Ordinal)).ToList();
        sent.Select(m => m.ToPersonId).Should().BeEquivalentTo([Aicha, Omar]);
        sent.Should().OnlyContain(m => m.Priority == 2);
        sent.Single(m => m.ToPersonId == Omar).Body.Should().Be("📣 Tifawin : Réunion samedi à 10h");
        var segments = SmsSegments.Count(sent.Single(m => m.ToPersonId == Aicha).Body);
        segments.Should().Be(1, "a short announcement fits in one SMS segment");
        preview.Should().Contain("2 membres : 2 messages, dont 1 segment SMS.");
    }

    [Fact]
    public async Task Announcement_OptedOutMember_IsSkippedAndNotCounted()
    {
        await RegisterAsync();
        await AddMemberAsync(Aicha, "fr", Channel.WhatsApp);
        await AddMemberAsync(Omar, "fr", Channel.WhatsApp);
        var omar = _flow.Person(Omar)!;
        omar.OptedOut = true;
        await _flow.Store.CommitAsync(new ChangeSet().Put(omar));

        await _flow.Send(Leader, "3");
        await _flow.Send(Leader, "Réunion")
            .ExpectReply(r => r.Should().Contain("à 1 membre : 1 message, dont").And.NotContain("membres"));
        await _flow.Send(Leader, "1");

        _flow.Store.Outbox().Where(m => m.Kind.StartsWith("broadcast:", StringComparison.Ordinal))
            .Should().ContainSingle().Which.ToPersonId.Should().Be(Aicha);
    }

    [Fact]
    public async Task Announcement_Declined_SendsNothing()
    {
        await RegisterAsync();
        await AddMemberAsync(Omar, "fr", Channel.WhatsApp);

        await _flow.Send(Leader, "3");
        await _flow.Send(Leader, "Réunion");
        await _flow.Send(Leader, "2").ExpectReply(r => r.Should().Contain("Rien n'a été envoyé"));

        _flow.Store.Outbox().Should().NotContain(m => m.Kind.StartsWith("broadcast:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ballot_MemberRepliesOneDigit_VotesAndLeaderSeesProgress()
    {
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Leader, "Puits");
        var school = await _world.ApprovedProjectAsync(Leader, "École");
        await RegisterAsync();
        await AddMemberAsync(Aicha, "ary", Channel.Sms);
        await AddMemberAsync(Omar, "fr", Channel.WhatsApp);

        await _flow.Send(Leader, "4").ExpectReply(r => r.Should().Contain("2 membres : 2 messages"));
        await _flow.Send(Leader, "1");
        var ballot = _flow.Store.Outbox()
            .Single(m => m.ToPersonId == Aicha && m.Kind.StartsWith("broadcast:", StringComparison.Ordinal));
        ballot.Body.Should().Contain("1️⃣ Puits").And.Contain("2️⃣ École")
            .And.Contain("جاوب بالرقم");

        await _flow.Send(Aicha, "٢", Channel.Sms)
            .ExpectReply(r => r.Should().Contain("École").And.Contain("تحسب"));
        (await _world.Campaigns.MemberVotesAsync(school.CampaignId, Aicha)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(school.Id);
        _flow.Person(Aicha)!.PendingBallotId.Should().BeNull();

        await MarkDeliveredAsync(ballot.Id);
        await _flow.Send(Leader, "5")
            .ExpectReply(r => r.Should()
                .Contain("2 membres : 0 envoyé, 1 reçu, 0 en échec, 1 en attente, 1 a voté"));
    }

    [Fact]
    public async Task Ballot_MemberInTheMiddleOfAQuestion_DigitVotesThenTheQuestionComesBack()
    {
        await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Leader, "Puits");
        await RegisterAsync();
        await AddMemberAsync(Omar, "fr", Channel.WhatsApp);
        await _flow.Send(Omar, "bonjour");
        var question = _flow.LastMessages.Last(m => m.IsReply).Body;

        await _flow.Send(Leader, "4");
        await _flow.Send(Leader, "1");
        await _flow.Send(Omar, "1")
            .ExpectReply(r => r.Should().Contain("Puits"))
            .ExpectReply(r => r.Should().Be(question))
            .ExpectNoMoreReplies();

        (await _world.Campaigns.MemberVotesAsync(well.CampaignId, Omar)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(well.Id);
        _flow.Person(Omar)!.PendingBallotId.Should().BeNull();
    }

    private async Task<Cooperative> RegisterAsync()
    {
        await _flow.Send(Leader, "bonjour").ExpectReply(r => r.Should().Contain("nom de votre coopérative"));
        await _flow.Send(Leader, "Tifawin")
            .ExpectReply(r => r.Should().Contain("« Tifawin » est enregistrée"))
            .ExpectReply(r => r.Should().Contain("Tifawin : que voulez-vous faire")
                .And.Contain("1️⃣ ➕ Ajouter un membre"));
        return (await _flow.Store.Inner.FindCooperativeByLeaderAsync(Leader))!;
    }

    private async Task InviteAsync(string phone)
    {
        await _flow.Send(Leader, "1");
        await _flow.Send(Leader, phone);
    }

    /// <summary>An active member who has written to the bot before on <paramref name="channel"/>.</summary>
    private async Task AddMemberAsync(string phone, string language, Channel channel)
    {
        _world.SeedPerson(phone, language, channel);
        await InviteAsync(phone);
        await _flow.Send(phone, "1", channel);
    }

    private async Task<MembershipStatus?> StatusOfAsync(Cooperative cooperative, string phone) =>
        (await _flow.Store.Inner.GetMembershipAsync(Membership.IdFor(cooperative.Id, phone)))?.Status;

    private async Task MarkDeliveredAsync(string messageId)
    {
        var message = (await _flow.Store.Inner.GetAsync(messageId))!;
        message.Status = OutboxStatus.Delivered;
        (await ((IOutboxStore)_flow.Store.Inner).TryUpdateAsync(message)).Should().BeTrue();
    }
}
