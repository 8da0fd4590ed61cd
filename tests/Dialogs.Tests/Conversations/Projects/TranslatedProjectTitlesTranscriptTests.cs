using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Language.Translation;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Projects;

/// <summary>
/// Project titles written in French, read by an English reader through a translator that writes
/// capitals: every place a title is shown gives it in the reader's language.
/// </summary>
public sealed class TranslatedProjectTitlesTranscriptTests : IDisposable
{
    private const string Reader = "+212600000031";
    private const string Submitter = "+212600000032";
    private const string Leader = "+212600000033";

    private readonly TestFlow _flow = new(
        services => services.AddSingleton<ITranslator>(new RecordingTranslator()),
        turns => turns.MainDialogId = CommunityEntryDialog.DialogId);

    private readonly CommunityWorld _world;

    public TranslatedProjectTitlesTranscriptTests()
    {
        var presenter = new TranslatingProjectTextPresenter(
            new RecordingTranslator(), NullLogger<TranslatingProjectTextPresenter>.Instance);
        _world = new CommunityWorld(_flow.Store, _flow.Clock, presenter: presenter);
        _world.SeedPerson(Reader, "en", Channel.WhatsApp, Role.Buyer);
        _world.SeedPerson(Submitter, "fr");
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task VoteListAndConfirmation_FrenchTitle_InTheReadersLanguageWithThePlaceKept()
    {
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Submitter, "Puits de Tafraout");

        await _flow.Send(Reader, "projects");
        await _flow.Send(Reader, "2")
            .ExpectReply(r => r.Should().Contain("1️⃣ PUITS DE Tafraout (Tafraout)").And.NotContain("Puits"));
        await _flow.Send(Reader, "1").ExpectReply(r => r.Should().Contain("\"PUITS DE Tafraout\" is counted"));
    }

    [Fact]
    public async Task StandingsAndMyVotes_FrenchTitle_InTheReadersLanguage()
    {
        await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Submitter, "Puits");
        await _world.VoteAsync(Reader, well);

        await _flow.Send(Reader, "projects");
        await _flow.Send(Reader, "4").ExpectReply(r => r.Should().Contain("1. PUITS: 1 🗳️"));
        await _flow.Send(Reader, "projects");
        await _flow.Send(Reader, "3").ExpectReply(r => r.Should().Contain("1️⃣ PUITS").And.NotContain("Puits"));
    }

    [Fact]
    public async Task CampaignClosed_ParticipantsOfTwoLanguages_EachReadsTheWinnersInTheirOwn()
    {
        var campaign = await _world.OpenAsync(projectsToFund: 1);
        var well = await _world.ApprovedProjectAsync(Submitter, "Puits");
        await _world.VoteAsync(Reader, well);

        await _world.CommitAsync(changes => _world.Campaigns.CloseAsync(campaign.Id, changes));

        var closed = _flow.Store.Outbox().Where(m => m.Kind == CampaignService.ClosedKind).ToList();
        closed.Single(m => m.ToPersonId == Reader).Body.Should().Contain("1. PUITS (1)");
        closed.Single(m => m.ToPersonId == Submitter).Body.Should().Contain("1. Puits (1)");
    }

    [Fact]
    public async Task Ballot_MembersOfTwoLanguages_EachReadsTheTitlesInTheirOwn()
    {
        _world.SeedPerson(Leader, "fr", Channel.WhatsApp, Role.Leader);
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Submitter, "Puits");
        await _flow.Send(Leader, "bonjour");
        await _flow.Send(Leader, "Tifawin");
        foreach (var member in new[] { Reader, Submitter })
        {
            await _flow.Send(Leader, "1");
            await _flow.Send(Leader, member).ExpectReply(r => r.Should().Contain("Invitation"));
            await _flow.Send(member, "1").ExpectReply(r => r.Should().Contain("Tifawin"));
        }

        await _flow.Send(Leader, "4");
        await _flow.Send(Leader, "1");

        var ballots = _flow.Store.Outbox()
            .Where(m => m.Kind.StartsWith("broadcast:", StringComparison.Ordinal))
            .ToList();
        ballots.Single(m => m.ToPersonId == Reader).Body.Should().Contain("1️⃣ PUITS");
        ballots.Single(m => m.ToPersonId == Submitter).Body.Should().Contain("1️⃣ Puits");
        await _flow.Send(Reader, "1").ExpectReply(r => r.Should().Contain("\"PUITS\""));
    }
}
