using System.Diagnostics;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Storage;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;
using Xunit.Abstractions;

namespace SoukPlay.Bot.Tests.Broadcast;

/// <summary>
/// The crash the outbox README promises to survive: a real bot process, on a real LiteDB file,
/// killed in the middle of a 1 000-member ballot broadcast, then started again over the same file.
/// </summary>
[Collection(TimingTests.Name)]
public sealed class KillRestartBroadcastTests : IDisposable
{
    private const int Members = 1000;
    private const int KillAfter = 300;

    /// <summary>
    /// The default of <c>Outbox:MaxInFlightPerNumber</c>, the README's bound on duplicates per number.
    /// </summary>
    private const int MaxInFlightPerNumber = 4;

    private const string ShopNumber = "+212522000111";
    private const string Leader = "+212600000099";
    private const string CooperativeId = "coop-tifawin";

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>Twilio's answer takes a while, so that sends are in flight when the process is killed.</summary>
    private readonly RecordingTwilioApi _api = new(TimeSpan.FromMilliseconds(40));
    private readonly TempDatabase _database = new();
    private readonly ITestOutputHelper _output;
    private int _sids;

    public KillRestartBroadcastTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose()
    {
        _api.Dispose();
        _database.Dispose();
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task Ballot_KilledMidwayThenRestarted_EveryMemberOnceExceptInFlight()
    {
        var clock = Stopwatch.StartNew();
        await SeedAsync();

        int sentBeforeKill;
        using (var first = await BotProcess.StartAsync(Environment()))
        {
            await SendBallotAsync(first);
            await WaitUntilAsync(() => _api.CreatedCount >= KillAfter, TimeSpan.FromSeconds(40), first);
            first.Kill();
            sentBeforeKill = _api.CreatedCount;
        }

        sentBeforeKill.Should().BeLessThan(Members, "the kill must come before the end of the broadcast");
        var inFlight = await CountSendingAsync();
        _output.WriteLine($"at the kill: {sentBeforeKill} sent, {inFlight} left in Sending");
        inFlight.Should().BePositive("the kill should catch sends waiting for Twilio's answer");
        using (var second = await BotProcess.StartAsync(Environment()))
        {
            await WaitUntilAsync(() => Recipients().Count == Members, TimeSpan.FromSeconds(60), second);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        _output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s in all");
        await AssertEveryoneOnceAsync();
    }

    private async Task AssertEveryoneOnceAsync()
    {
        var ballots = _api.Created.Where(m => m.To.StartsWith("whatsapp:+2126", StringComparison.Ordinal)
            && m.To != "whatsapp:" + Leader).ToList();
        ballots.Select(m => m.To).Distinct().Should().HaveCount(Members, "every member gets the ballot");
        ballots.Should().OnlyContain(m => m.Body.Contains("1️⃣ Puits", StringComparison.Ordinal));

        using var store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
        var cooperative = (await store.GetCooperativeAsync(CooperativeId))!;
        var recorded = (await store.ListByKindAsync(CooperativeService.KindOf(cooperative.LastBroadcastId!)))
            .Select(m => m.ProviderSid)
            .ToHashSet();
        var duplicated = ballots.GroupBy(m => m.To).Where(g => g.Count() > 1).ToList();
        _output.WriteLine($"{duplicated.Sum(g => g.Count() - 1)} duplicates");

        duplicated.Sum(g => g.Count() - 1).Should().BeLessThanOrEqualTo(MaxInFlightPerNumber);
        duplicated.Where(g => g.All(m => recorded.Contains(m.Sid))).Should().BeEmpty(
            "a second copy only goes out when the first one's SID was never written");
        recorded.Should().HaveCount(Members).And.NotContainNulls();
    }

    private async Task<int> CountSendingAsync()
    {
        using var store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
        var cooperative = (await store.GetCooperativeAsync(CooperativeId))!;
        var ballots = await store.ListByKindAsync(CooperativeService.KindOf(cooperative.LastBroadcastId!));
        return ballots.Count(m => m.Status == OutboxStatus.Sending);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__LiteDb__Path"] = _database.FilePath,
        ["Twilio__AccountSid"] = BotHost.AccountSid,
        ["Twilio__AuthToken"] = BotHost.AuthToken,
        ["Twilio__PublicBaseUrl"] = BotHost.PublicBaseUrl,
        ["Twilio__ApiBaseUrl"] = _api.Url,
        ["Twilio__InlineReplyBudget"] = "00:00:10",
        ["Outbox__MessagesPerSecond"] = "100",
        ["Outbox__PollInterval"] = "00:00:00.100",
        ["Outbox__RetryDelay"] = "00:00:00.050",
        ["Outbox__LogCheckDelay"] = "00:00:00",
        ["Outbox__SendingLease"] = "00:00:05",
        ["Outbox__RecoveryInterval"] = "00:00:01",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>
    /// The leader, an open campaign with two approved projects, and the cooperative's 1 000 active members.
    /// </summary>
    private async Task SeedAsync()
    {
        var changes = new ChangeSet()
            .Put(Person(Leader, Role.Leader))
            .Put(new Cooperative { Id = CooperativeId, Name = "Tifawin", LeaderId = Leader, CreatedAt = Now })
            .Put(new Campaign
            {
                Id = "campaign-1",
                Title = "Printemps",
                StartsAt = Now.AddDays(-1),
                EndsAt = Now.AddDays(90),
                ProjectsToFund = 1,
                MaxVotesPerMember = 3,
                Status = CampaignStatus.Open,
            })
            .Put(Project("project-1", "Puits", Now.AddHours(-2)))
            .Put(Project("project-2", "École", Now.AddHours(-1)));
        for (var n = 1; n <= Members; n++)
        {
            var phone = Member(n);
            changes.Put(Person(phone, Role.Artisan)).Put(new Membership
            {
                Id = Membership.IdFor(CooperativeId, phone),
                CooperativeId = CooperativeId,
                PersonId = phone,
                Status = MembershipStatus.Active,
                InvitedAt = Now.AddDays(-2),
                JoinedAt = Now.AddDays(-2),
            });
        }

        using var store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
        await store.CommitAsync(changes);
    }

    /// <summary>The leader opens the menu, asks for a ballot, reads the cost, confirms.</summary>
    private async Task SendBallotAsync(BotProcess bot)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await LeaderSaysAsync(client, "bonjour");
        (await LeaderSaysAsync(client, "4")).Should().Contain($"{Members} membres : {Members} messages");
        (await LeaderSaysAsync(client, "1")).Should().Contain($"Envoi en cours à {Members} membres");
    }

    private async Task<string> LeaderSaysAsync(HttpClient client, string text)
    {
        var sid = $"SM{Interlocked.Increment(ref _sids):D32}";
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = sid,
            ["AccountSid"] = BotHost.AccountSid,
            ["From"] = "whatsapp:" + Leader,
            ["To"] = "whatsapp:" + ShopNumber,
            ["Body"] = text,
            ["NumMedia"] = "0",
            ["ApiVersion"] = "2010-04-01",
        };
        using var request = TwilioRequests.Post(form);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return string.Join('\n', (await TwimlAssert.MessagesAsync(response)).Select(m => m.Value));
    }

    private HashSet<string> Recipients() =>
        [.. _api.Created.Select(m => m.To).Where(to => to != "whatsapp:" + Leader)];

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan limit, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!done() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        done().Should().BeTrue($"the bot should have got there within {limit}; its output:\n{bot.Output}");
    }

    private static string Member(int n) => $"+2126100{n:D5}";

    private static Person Person(string phone, Role role) => new()
    {
        Id = phone,
        Language = "fr",
        Role = role,
        LastChannel = Channel.WhatsApp,
        LastBotNumber = ShopNumber,
        CreatedAt = Now.AddDays(-3),
        LastInboundAt = Now.AddHours(-1),
    };

    private static SocialProject Project(string id, string title, DateTimeOffset submittedAt) => new()
    {
        Id = id,
        CampaignId = "campaign-1",
        SubmitterId = Leader,
        Title = title,
        Description = $"{title} pour le douar",
        DescriptionLanguage = "fr",
        Place = "Tafraout",
        AmountSoughtMad = 10000,
        Status = ProjectStatus.Approved,
        SubmittedAt = submittedAt,
        DecidedAt = submittedAt,
    };
}
