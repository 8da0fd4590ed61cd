using System.Net;
using System.Net.Http.Json;
using System.Text;
using SoukPlay.Bot.Admin;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Admin;

public sealed class AdminEndpointsTests : IDisposable
{
    private const string Fatima = "+212600000031";

    private readonly AdminHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Projects_NoKeyConfigured_NotFoundAndStartSaysAdminIsOff()
    {
        using var host = new AdminHost(key: null);

        var response = await host.Client("anything").GetAsync(new Uri("/admin/projects", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        host.Logs.Entries.Should().Contain(e => e.Message.Contains("Administration is off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("test-admin-key-012345678")]
    public async Task Campaigns_MissingOrWrongKey_Unauthorized(string? key)
    {
        var response = await _host.Client(key).PostAsJsonAsync("/admin/campaigns", new { title = "Automne" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _host.Campaigns.Store.FindOpenCampaignAsync()).Should().BeNull();
    }

    [Fact]
    public async Task Campaigns_Open_CreatedThenSecondIsConflict()
    {
        var client = _host.Client();

        var first = await client.PostAsJsonAsync("/admin/campaigns", new { title = "Automne", maxVotesPerMember = 2 });
        var second = await client.PostAsJsonAsync("/admin/campaigns", new { title = "Encore" });

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var view = (await first.Content.ReadFromJsonAsync<CampaignView>())!;
        view.Title.Should().Be("Automne");
        view.MaxVotesPerMember.Should().Be(2);
        view.Status.Should().Be("Open");
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Campaigns_BadInput_BadRequest()
    {
        var client = _host.Client();

        var zero = await client.PostAsJsonAsync("/admin/campaigns", new { title = "Automne", projectsToFund = 0 });
        using var broken = new StringContent("{title:", Encoding.UTF8, "application/json");
        var malformed = await client.PostAsync(new Uri("/admin/campaigns", UriKind.Relative), broken);

        zero.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Projects_PendingStatus_ListsSubmittedProjectWithMaskedSubmitter()
    {
        var project = await SubmitAsync("Puits");

        var list = await _host.Client().GetFromJsonAsync<List<ProjectView>>("/admin/projects?status=pending");
        var bad = await _host.Client().GetAsync(new Uri("/admin/projects?status=maybe", UriKind.Relative));

        list.Should().ContainSingle().Which.Id.Should().Be(project.Id);
        list![0].Submitter.Should().NotContain("0000031").And.StartWith("+2126");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Approve_PendingProject_TellsSubmitterThroughOutbox()
    {
        var project = await SubmitAsync("Puits");

        var response = await PostAsync($"/admin/projects/{project.Id}/approve");
        var again = await PostAsync($"/admin/projects/{project.Id}/reject");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var messages = await _host.Outbox.ListByKindAsync(CampaignService.DecidedKind);
        var message = messages.Should().ContainSingle().Subject;
        message.ToPersonId.Should().Be(Fatima);
        message.Body.Should().Contain("تقبل").And.Contain("Puits");
        (await _host.Campaigns.Store.GetProjectAsync(project.Id))!.Status.Should().Be(ProjectStatus.Approved);
    }

    [Fact]
    public async Task Reject_UnknownProject_NotFound()
    {
        var response = await _host.Client().PostAsync(new Uri("/admin/projects/nope/reject", UriKind.Relative), null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Close_OpenCampaign_ReturnsRankingAndAnnouncesWinners()
    {
        var project = await SubmitAsync("Puits");
        await _host.Client().PostAsync(new Uri($"/admin/projects/{project.Id}/approve", UriKind.Relative), null);
        await _host.CommitAsync(changes => _host.Campaigns.VoteAsync(Fatima, project.Id, changes));

        var response = await _host.Client()
            .PostAsync(new Uri($"/admin/campaigns/{project.CampaignId}/close", UriKind.Relative), null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = (await response.Content.ReadFromJsonAsync<CampaignView>())!;
        view.Status.Should().Be("Closed");
        view.Ranking.Should().ContainSingle().Which.Votes.Should().Be(1);
        var announced = await _host.Outbox.ListByKindAsync(CampaignService.ClosedKind);
        announced.Should().ContainSingle().Which.Body.Should().Contain("Puits (1)");
    }

    private Task<HttpResponseMessage> PostAsync(string path) =>
        _host.Client().PostAsync(new Uri(path, UriKind.Relative), null);

    private async Task<SocialProject> SubmitAsync(string title)
    {
        await _host.SeedPersonAsync(Fatima, "ary");
        await _host.Client().PostAsJsonAsync("/admin/campaigns", new { title = "Automne" });
        var draft = new ProjectDraft(title, "Un puits pour le douar", "fr", null, "Tafraout", 5000, null);
        var outcome = await _host.CommitAsync(changes => _host.Campaigns.SubmitAsync(Fatima, draft, changes));
        return outcome.Project!;
    }
}
