using System.Net;
using System.Net.Http.Json;
using SoukPlay.Bot.Admin;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Community;

/// <summary>
/// A whole campaign through the HTTP pipeline: signed webhooks for every chat turn, the admin
/// endpoints with their key, status callbacks, and every message owed to someone else checked on
/// the fake Twilio REST API, in that person's language.
/// </summary>
public sealed class CommunityFlowTests : IDisposable
{
    private const string AdminKey = "flow-admin-key-0123456789";
    private const string Leader = "+212600000051";
    private const string Fatima = "+212600000052";
    private const string Omar = "+212600000053";
    private const string Aicha = "+212600000054";
    private const string John = "+447911123455";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;
    private readonly CommunityChat _chat;
    private readonly HttpClient _admin;

    public CommunityFlowTests()
    {
        _host = new DeliveryHost(_api.Url, new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey }).Started();
        _chat = new CommunityChat(_host.CreateClient());
        _admin = _host.CreateClient();
        _admin.DefaultRequestHeaders.Add(AdminKeyHeader, AdminKey);
    }

    private static string AdminKeyHeader => Bot.Admin.AdminKey.HeaderName;

    public void Dispose()
    {
        _admin.Dispose();
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Campaign_SubmitApproveVoteBroadcastBallotClose_EveryoneToldInTheirLanguage()
    {
        await SeedPeopleAsync();
        var opened = await _admin.PostAsJsonAsync("/admin/campaigns", new { title = "Printemps", projectsToFund = 1 });
        opened.StatusCode.Should().Be(HttpStatusCode.Created);
        var campaign = (await opened.Content.ReadFromJsonAsync<CampaignView>())!;

        await SubmitAsync(Fatima, "Puits");
        await SubmitAsync(Omar, "École");
        await ApproveAllAsync();
        (await RestToAsync(Fatima, 1)).Should().ContainSingle(b => b.Contains("Puits") && b.Contains("تقبل"));
        (await RestToAsync(Omar, 1)).Should().ContainSingle(b => b.Contains("« École » est accepté"));

        await RegisterCooperativeAsync();
        await InviteAndJoinAsync(Omar, Channel.WhatsApp);
        await InviteAndJoinAsync(Aicha, Channel.Sms);
        await InviteAndJoinAsync(John, Channel.WhatsApp);
        await VoteByChatAsync(Omar, "1");

        await BroadcastBallotAsync();
        await VoteOnBallotAsync();
        await ProgressAsync();

        var closed = await _admin.PostAsync(Relative($"/admin/campaigns/{campaign.Id}/close"), null);
        closed.StatusCode.Should().Be(HttpStatusCode.OK);
        var ranking = (await closed.Content.ReadFromJsonAsync<CampaignView>())!.Ranking;
        ranking.Select(r => (r.Title, r.Votes)).Should().Equal(("Puits", 2), ("École", 2));
        (await RestToAsync(Fatima, 2))[^1].Should().Contain("سالات").And.Contain("Puits");
        (await RestToAsync(Aicha, 3))[^1].Should().Contain("سالات").And.Contain("Puits").And.NotContain("École");
        (await RestToAsync(Omar, 4))[^1].Should().Contain("est terminée").And.Contain("Puits");
        (await RestToAsync(John, 3))[^1].Should().Contain("is over").And.Contain("Puits");
        (await RestToAsync(Leader, 3)).Should().NotContain(b => b.Contains("is over") || b.Contains("terminée"));
    }

    private async Task SeedPeopleAsync()
    {
        await _host.CommitAsync(
            Someone(Leader, "fr", Role.Leader, Channel.WhatsApp),
            Someone(Fatima, "ary", Role.Artisan, Channel.WhatsApp),
            Someone(Omar, "fr", Role.Buyer, Channel.WhatsApp),
            Someone(Aicha, "ary", Role.Artisan, Channel.Sms),
            Someone(John, "en", Role.Buyer, Channel.WhatsApp));
    }

    private async Task SubmitAsync(string phone, string title)
    {
        await _chat.SendAsync(phone, "projets");
        await _chat.SendAsync(phone, "1");
        await _chat.SendAsync(phone, title);
        await _chat.SendAsync(phone, $"{title} pour le douar, description");
        await _chat.SendAsync(phone, "Tafraout");
        await _chat.SendAsync(phone, "15000");
        (await _chat.SendAsync(phone, "non")).Should().ContainSingle().Which.Should().Contain(title);
    }

    private async Task ApproveAllAsync()
    {
        var pending = await _admin.GetFromJsonAsync<List<ProjectView>>("/admin/projects?status=pending");
        pending.Should().HaveCount(2);
        foreach (var project in pending!.OrderBy(p => p.SubmittedAt))
        {
            var approved = await _admin.PostAsync(Relative($"/admin/projects/{project.Id}/approve"), null);
            approved.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var stranger = _host.CreateClient();
        var refused = await stranger.PostAsync(Relative($"/admin/projects/{pending[0].Id}/reject"), null);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task VoteByChatAsync(string phone, string digit)
    {
        await _chat.SendAsync(phone, "projets");
        (await _chat.SendAsync(phone, "2")).Should().ContainSingle().Which.Should().Contain("1️⃣ Puits");
        (await _chat.SendAsync(phone, digit)).Should().Contain(r => r.Contains("« Puits » est compté"));
    }

    private async Task RegisterCooperativeAsync()
    {
        (await _chat.SendAsync(Leader, "bonjour")).Should().Contain(r => r.Contains("nom de votre coopérative"));
        (await _chat.SendAsync(Leader, "Tifawin")).Should().Contain(r => r.Contains("« Tifawin » est enregistrée"));
    }

    private async Task InviteAndJoinAsync(string phone, Channel channel)
    {
        await _chat.SendAsync(Leader, "1");
        (await _chat.SendAsync(Leader, phone)).Should().Contain(r => r.Contains("Invitation envoyée"));
        var invitation = (await RestToAsync(phone, 1 + (phone == Omar ? 1 : 0)))[^1];
        invitation.Should().Contain("Tifawin").And.Contain(phone == John ? "1️⃣ ✅ Yes" : "1️⃣ ✅");

        (await _chat.SendAsync(phone, "1", channel)).Should().ContainSingle().Which.Should().Contain("Tifawin");
    }

    private async Task BroadcastBallotAsync()
    {
        (await _chat.SendAsync(Leader, "4")).Should().Contain(r => r.Contains("3 membres : 3 messages"));
        (await _chat.SendAsync(Omar, "menu")).Should().ContainSingle()
            .Which.Should().Contain("Envoyez le code de la boutique");
        (await _chat.SendAsync(Leader, "1")).Should().Contain(r => r.Contains("Envoi en cours à 3 membres"));

        (await RestToAsync(Aicha, 2))[^1].Should().Contain("1️⃣ Puits").And.Contain("2️⃣ École")
            .And.Contain("جاوب بالرقم");
        (await RestToAsync(John, 2))[^1].Should().Contain("1️⃣ Puits");
        (await RestToAsync(Omar, 3))[^1].Should().Contain("2️⃣ École");
    }

    private async Task VoteOnBallotAsync()
    {
        var omar = await _chat.SendAsync(Omar, "2");
        omar.Should().HaveCount(2);
        omar[0].Should().Contain("« École » est compté");
        omar[1].Should().Contain("Envoyez le code de la boutique").And.Contain("🤝");

        (await _chat.SendAsync(Aicha, "١", Channel.Sms)).Should().ContainSingle()
            .Which.Should().Contain("Puits").And.Contain("تحسب");
        (await _chat.SendAsync(John, "2")).Should().ContainSingle()
            .Which.Should().Contain("\"École\" is counted");
    }

    private async Task ProgressAsync()
    {
        var cooperative = (await Community.FindCooperativeByLeaderAsync(Leader))!;
        var ballots = await _host.Outbox.ListByKindAsync(CooperativeService.KindOf(cooperative.LastBroadcastId!));
        ballots.Should().HaveCount(3).And.OnlyContain(m => m.ProviderSid != null);
        await _chat.ReportStatusAsync(ballots.Single(m => m.ToPersonId == Aicha), "sent");
        await _chat.ReportStatusAsync(ballots.Single(m => m.ToPersonId == Aicha), "delivered");
        await _chat.ReportStatusAsync(ballots.Single(m => m.ToPersonId == John), "delivered");
        await _chat.ReportStatusAsync(ballots.Single(m => m.ToPersonId == Omar), "sent");

        (await _chat.SendAsync(Leader, "5")).Should()
            .Contain(r => r.Contains("3 membres : 1 envoyé, 2 reçus, 0 en échec, 0 en attente, 3 ont voté"));
    }

    private ICommunityStore Community => (ICommunityStore)_host.Market;

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    /// <summary>
    /// The bodies the fake Twilio API was asked to send to <paramref name="phone"/>, once it has at
    /// least <paramref name="count"/>.
    /// </summary>
    private async Task<IReadOnlyList<string>> RestToAsync(string phone, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var bodies = Bodies(phone);
        while (bodies.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            bodies = Bodies(phone);
        }

        bodies.Should().HaveCountGreaterThanOrEqualTo(count, $"the sender should have written to {phone}");
        return bodies;
    }

    private List<string> Bodies(string phone) =>
        [.. _api.Creates().Where(c => c.Form["To"].EndsWith(phone, StringComparison.Ordinal))
            .Select(c => c.Form.GetValueOrDefault("Body") ?? "")];

    private static Person Someone(string phone, string language, Role role, Channel channel) => new()
    {
        Id = phone,
        Language = language,
        Role = role,
        LastChannel = channel,
        LastBotNumber = DeliveryHost.ShopNumber,
        CreatedAt = DateTimeOffset.UtcNow.AddDays(-1),
        LastInboundAt = DateTimeOffset.UtcNow.AddMinutes(-1),
    };
}
