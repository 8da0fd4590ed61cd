using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Tests.Fakes;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.DevChat;

public sealed class LocalModeTests : IDisposable
{
    private readonly BotHost _host = new(twilio: false);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task PostTwilioMessages_NoTwilioSettings_Answers503NotConfigured()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000030", "hi");

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Twilio is not configured");
        _host.Turns.Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task PostDevChatMessage_LocalMode_RunsTurnAndReturnsReplies()
    {
        var client = _host.CreateClient();

        var response = await client.PostAsJsonAsync("/dev/chat/messages", new
        {
            from = "+212612345678",
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel = "whatsapp",
            text = "salam",
            mediaUrl = "https://cdn.example.test/p/1.jpg",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("replies")[0].GetProperty("body").GetString().Should().Be("You said: salam");
        var activity = _host.Turns.Activities.Should().ContainSingle().Subject;
        activity.Channel.Should().Be(Channel.WhatsApp);
        activity.MessageId.Should().NotBeNullOrEmpty();
        activity.Media.Should().ContainSingle().Which.Url.Should().Be("https://cdn.example.test/p/1.jpg");
    }

    [Fact]
    public async Task GetDevChatOutbox_MessageForOther_IsMarkedSentAndListed()
    {
        var client = _host.CreateClient();
        _host.Turns.Script = activity =>
        [
            new ScriptedMessage(activity.From, "Offer sent"),
            new ScriptedMessage("+212612345678", "New offer: 300 MAD"),
        ];
        await client.PostAsJsonAsync("/dev/chat/messages", new
        {
            from = "+33612345678",
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel = "sms",
            text = "300",
        });

        var listed = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement[]>("/dev/chat/outbox?phone=%2B212612345678").Result!,
            list => list.Length == 1 && list[0].GetProperty("status").GetString() == "Sent",
            "the message for the artisan should be sent to the local outbox");

        listed[0].GetProperty("body").GetString().Should().Be("New offer: 300 MAD");
        listed[0].GetProperty("from").GetString().Should().Be(SenderNumberSeeder.LocalPlatformNumber);
        var all = await client.GetFromJsonAsync<JsonElement[]>("/dev/chat/outbox");
        all!.Select(m => m.GetProperty("to").GetString()).Should().BeEquivalentTo(["+212612345678", "+33612345678"]);
    }

    [Fact]
    public async Task GetDevChat_LocalMode_ServesSelfContainedPage()
    {
        var html = await _host.CreateClient().GetStringAsync("/dev/chat");

        html.Should().Contain("/dev/chat/messages").And.Contain("/dev/chat/outbox");
        html.Should().NotContain("<script src=").And.NotContain("<link ");
    }

    [Fact]
    public async Task PostDevChatMessage_BadPhone_Answers400()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/dev/chat/messages", new
        {
            from = "fatima",
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel = "sms",
            text = "hi",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _host.Turns.Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task DevChat_TwilioConfiguredInProduction_Answers404()
    {
        using var host = new BotHost();
        var client = host.CreateClient();

        (await client.GetAsync("/dev/chat")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/dev/chat/outbox")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var post = await client.PostAsJsonAsync("/dev/chat/messages", new { from = "+33612345678", to = "+212500000000" });
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        host.Turns.Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task Start_LocalMode_SeedsThePlatformNumber()
    {
        _host.Started();

        var number = await _host.Market.GetSenderNumberAsync(SenderNumberSeeder.LocalPlatformNumber);

        number.Should().NotBeNull();
        number!.OwnerKind.Should().Be(SenderOwnerKind.Platform);
    }
}
