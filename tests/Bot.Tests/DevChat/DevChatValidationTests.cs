using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.DevChat;

public sealed class DevChatValidationTests : IDisposable
{
    private const string MessagesPath = "/dev/chat/messages";

    private readonly BotHost _host = new(twilio: false, environment: "Development");

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("{\"from\":\"+212612345678\",")]
    [InlineData("not json at all")]
    [InlineData("{\"from\": 212612345678}")]
    public async Task PostMessage_MalformedJson_Answers400ProblemNotTheErrorPage(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _host.CreateClient().PostAsync(MessagesPath, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("detail").GetString().Should().Contain("not valid JSON");
        NothingHappened();
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("")]
    [InlineData(null)]
    public async Task PostMessage_UnknownChannel_Answers400NamingTheChannels(string? channel)
    {
        var response = await PostAsync(new
        {
            from = "+212612345678",
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel,
            text = "salam",
        });

        var errors = await ErrorsAsync(response);
        errors.GetProperty("channel")[0].GetString().Should().Contain("\"sms\"").And.Contain("\"whatsapp\"");
        NothingHappened();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fatima")]
    [InlineData("0612345678")]
    public async Task PostMessage_MissingOrInvalidFrom_Answers400(string? from)
    {
        var response = await PostAsync(new
        {
            from,
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel = "sms",
            text = "salam",
        });

        var errors = await ErrorsAsync(response);
        errors.GetProperty("from")[0].GetString().Should().Contain("E.164");
        NothingHappened();
    }

    [Fact]
    public async Task PostMessage_ToNotOurNumber_Answers400ListingOurNumbers()
    {
        var response = await PostAsync(new
        {
            from = "+212612345678",
            to = "+212699999999",
            channel = "whatsapp",
            text = "salam",
        });

        var errors = await ErrorsAsync(response);
        errors.GetProperty("to")[0].GetString().Should().Contain(SenderNumberSeeder.LocalPlatformNumber);
        NothingHappened();
    }

    [Fact]
    public async Task PostMessage_TwilioConfiguredInDevelopment_AcceptsOnlyConfiguredNumbers()
    {
        using var host = new BotHost(
            new Dictionary<string, string?>
            {
                ["Twilio:PlatformNumber"] = "+212522000001",
                ["Twilio:Numbers:0:Number"] = "+212522000002",
                ["Twilio:Numbers:0:Shop"] = "K7P3Q",
            },
            environment: "Development");
        var client = host.CreateClient();
        var message = new { from = "+34600000001", to = SenderNumberSeeder.LocalPlatformNumber, channel = "sms" };

        var refused = await client.PostAsJsonAsync(MessagesPath, message);
        var accepted = await client.PostAsJsonAsync(MessagesPath, message with { to = "+212522000002" });

        var errors = await ErrorsAsync(refused);
        errors.GetProperty("to")[0].GetString().Should().Contain("+212522000001").And.Contain("+212522000002");
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Turns.Activities.Should().ContainSingle().Which.To.Should().Be("+212522000002");
    }

    [Fact]
    public async Task PostMessage_SeveralFieldsWrong_NamesEveryField()
    {
        var response = await PostAsync(new { from = "x", to = "y", channel = "fax", mediaUrl = "not a url" });

        var errors = await ErrorsAsync(response);
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["from", "to", "channel", "mediaUrl"]);
        NothingHappened();
    }

    [Fact]
    public async Task GetDevChat_Page_PostsTheFieldsTheEndpointChecks()
    {
        var html = await _host.CreateClient().GetStringAsync("/dev/chat");

        html.Should().Contain("<option value=\"whatsapp\">").And.Contain("<option value=\"sms\">");
        html.Should().Contain($"id=\"to\" value=\"{SenderNumberSeeder.LocalPlatformNumber}\"");
        html.Should().Contain("from: $('from')").And.Contain("channel: $('channel').value");
        html.Should().Contain("problem.errors");
    }

    private Task<HttpResponseMessage> PostAsync(object message) =>
        _host.CreateClient().PostAsJsonAsync(MessagesPath, message);

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors");
    }

    private void NothingHappened()
    {
        _host.Turns.Activities.Should().BeEmpty();
        _host.InboundLog.ClaimAttempts.Should().Be(0);
        _host.Outbox.All().Should().BeEmpty();
    }
}
