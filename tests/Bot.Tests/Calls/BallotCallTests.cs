using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Bot.Tests.Translation;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Calls;

/// <summary>
/// A member with a basic phone votes on a ballot by calling: signed Twilio Voice callbacks
/// through the whole host, TwiML parsed as XML, the vote written to LiteDB.
/// </summary>
public sealed class BallotCallTests : IDisposable
{
    private const string CallSid = "CA00000000000000000000000000ba110t";
    private const string Member = "+212661234567";
    private const string Submitter = "+212662000001";
    private const string Base = BotHost.PublicBaseUrl + "/twilio/voice";

    private readonly FakeTwilioApi _twilio = new FakeTwilioApi().AcceptingMessages();
    private readonly WireMockServer _llm = LoopbackServer.Start();
    private readonly MarketHost _host;
    private readonly HttpClient _client;

    public BallotCallTests()
    {
        TranslateForSpanishReaders("Puits", "Pozo");
        TranslateForSpanishReaders("École", "Escuela");
        _host = new MarketHost(_twilio.Url, new Dictionary<string, string?>
        {
            ["Translation:Provider"] = "llm",
            ["Translation:Llm:Endpoint"] = _llm.Urls[0] + "/v1",
            ["Translation:Llm:Model"] = "qwen2.5:7b",
            ["Translation:Llm:ApiKey"] = "test-key",
            ["Translation:Llm:Timeout"] = "00:00:05",
        }).Started();
        _client = _host.CreateClient();
    }

    private CampaignService Campaigns => _host.Services.GetRequiredService<CampaignService>();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
        _twilio.Dispose();
        _llm.Stop();
    }

    [Fact]
    public async Task Voice_PendingBallot_ReadAsOneKeyMenuInCallersLanguage()
    {
        var (ballot, _) = await SeedBallotAsync("fr");

        var twiml = await PostAsync("", Call());

        var gather = twiml.Elements().Single();
        gather.Name.LocalName.Should().Be("Gather");
        gather.Attribute("numDigits")!.Value.Should().Be("1");
        gather.Attribute("action")!.Value.Should().Be($"{Base}/ballot?b={ballot.Id}&t=0");
        gather.Elements().Should()
            .OnlyContain(e => e.Name.LocalName == "Say" && e.Attribute("language")!.Value == "fr-FR");
        gather.Elements().Select(e => e.Value).Should().Equal(
            "Bonjour. Votre coopérative vous demande de voter pour un projet de Printemps 2027.",
            "Tapez 1 pour Puits.",
            "Tapez 2 pour École.",
            "Tapez le numéro de votre choix. Tapez 0 pour réécouter la liste.");
    }

    [Fact]
    public async Task Voice_CallerReadsAnotherLanguage_HearsTheProjectTitlesTranslated()
    {
        var (ballot, _) = await SeedBallotAsync("es");

        var twiml = await PostAsync("", Call());

        twiml.Elements().Single().Elements().Select(e => e.Value).Should().Equal(
            "Hola. Tu cooperativa te pide votar por un proyecto de Printemps 2027.",
            "Pulsa 1 para Pozo.",
            "Pulsa 2 para Escuela.",
            "Pulsa el número que eliges. Pulsa 0 para volver a escuchar la lista.");
        _llm.LogEntries.Should().HaveCount(2, "each title is translated once, then read from the cache");
        await PostAsync($"/ballot?b={ballot.Id}&t=0", Call(digits: "0"));
        _llm.LogEntries.Should().HaveCount(2);
    }

    [Fact]
    public async Task Voice_BallotWrongKeyThenTwo_VoteRecordedConfirmedAndPointerCleared()
    {
        var (ballot, school) = await SeedBallotAsync("es");
        await PostAsync("", Call());

        var again = await PostAsync($"/ballot?b={ballot.Id}&t=0", Call(digits: "7"));
        var gather = again.Elements().Single();
        gather.Attribute("action")!.Value.Should().Be($"{Base}/ballot?b={ballot.Id}&t=1");
        gather.Attribute("language")!.Value.Should().Be("es-ES");
        gather.Elements().First().Value.Should().Be("Lo siento, no te he entendido.");

        var done = await PostAsync($"/ballot?b={ballot.Id}&t=1", Call(digits: "2"));

        done.Elements().Select(e => e.Value).Should()
            .Equal("Gracias. Tu voto por Escuela cuenta.", "Gracias. Adiós.", "");
        done.Elements().Last().Name.LocalName.Should().Be("Hangup");
        var votes = await Campaigns.MemberVotesAsync(school.CampaignId, Member);
        votes.Should().ContainSingle().Which.ProjectId.Should().Be(school.Id);
        (await _host.Store.GetPersonAsync(Member))!.PendingBallotId.Should().BeNull();

        var retried = await PostAsync($"/ballot?b={ballot.Id}&t=1", Call(digits: "2"));
        retried.Elements().First().Value.Should().Be("Ya has respondido a esta votación.");
        (await Campaigns.MemberVotesAsync(school.CampaignId, Member)).Should().ContainSingle();
    }

    [Fact]
    public async Task Voice_BallotSpokenNumber_Votes()
    {
        var (ballot, school) = await SeedBallotAsync("fr");

        await PostAsync($"/ballot?b={ballot.Id}&t=0", Call(speech: "deux"));

        (await Campaigns.MemberVotesAsync(school.CampaignId, Member)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(school.Id);
    }

    /// <summary>An open campaign with two approved projects and a ballot sent to the member.</summary>
    private async Task<(Storage.Model.Broadcast Ballot, SocialProject Second)> SeedBallotAsync(string language)
    {
        var member = new Person
        {
            Id = Member,
            Language = language,
            Role = Role.Artisan,
            LastChannel = Channel.Sms,
            LastBotNumber = MarketHost.ShopNumber,
        };
        var submitter = new Person { Id = Submitter, Language = "fr", LastChannel = Channel.WhatsApp };
        await _host.Store.CommitAsync(new ChangeSet().Put(member).Put(submitter));
        var campaign = (await CommitAsync(changes =>
            Campaigns.OpenAsync(new OpenCampaignRequest("Printemps 2027", 2, 3), changes))).Campaign!;
        await ApproveAsync("Puits");
        var school = await ApproveAsync("École");

        var time = _host.Services.GetRequiredService<TimeProvider>();
        var ballot = new Storage.Model.Broadcast
        {
            Id = "broadcast-call-test",
            CooperativeId = "coop-call-test",
            Kind = BroadcastKind.Ballot,
            CampaignId = campaign.Id,
            CreatedAt = time.GetUtcNow(),
        };
        member.PendingBallotId = ballot.Id;
        await _host.Store.CommitAsync(new ChangeSet().Put(ballot).Put(member));
        return (ballot, school);
    }

    private async Task<SocialProject> ApproveAsync(string title)
    {
        var draft = new ProjectDraft(title, $"{title} du douar", "fr", null, "Tafraout", 20_000, null);
        var submitted = await CommitAsync(changes => Campaigns.SubmitAsync(Submitter, draft, changes));
        await CommitAsync(changes => Campaigns.DecideAsync(submitted.Project!.Id, approve: true, changes));
        return submitted.Project!;
    }

    private async Task<T> CommitAsync<T>(Func<ChangeSet, Task<T>> action)
    {
        var changes = new ChangeSet();
        var result = await action(changes);
        await _host.Store.CommitAsync(changes);
        return result;
    }

    private async Task<XElement> PostAsync(string step, Dictionary<string, string> form)
    {
        var response = await _client.SendAsync(TwilioRequests.Post(form, "/twilio/voice" + step));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        root.Name.LocalName.Should().Be("Response");
        return root;
    }

    /// <summary>
    /// The fake translation model answers <paramref name="translation"/> to a prompt holding
    /// <paramref name="title"/>.
    /// </summary>
    private void TranslateForSpanishReaders(string title, string translation) =>
        _llm.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost()
                .WithBody(new WildcardMatcher($"*{title}*")))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-1",
                    @object = "chat.completion",
                    created = 1764800000,
                    model = "qwen2.5:7b",
                    choices = new[]
                    {
                        new
                        {
                            index = 0,
                            message = new { role = "assistant", content = translation },
                            finish_reason = "stop",
                        },
                    },
                })));

    private static Dictionary<string, string> Call(string? digits = null, string? speech = null) =>
        CallForms.Step(CallSid, Member, digits, speech);
}
