using System.Net.Http.Json;
using System.Text.Json;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Tests.Fakes;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;
using static SoukPlay.Bot.Tests.Products.ProductCatalogue;

namespace SoukPlay.Bot.Tests.Turns;

/// <summary>Product photos in the webhook's own answer (TwiML) and on the local chat.</summary>
public sealed class InlinePhotoLinkTests
{
    [Fact]
    public async Task PostSms_ReplyWithProductPhotoToFrance_TwimlHasNoMediaButThePageLink()
    {
        using var host = WithProductReply(new BotHost());

        var response = await host.CreateClient().SendAsync(
            TwilioRequests.Post(TwilioRequests.SmsText("SM00000000000000000000000000000077", "K7P3Q")));

        var message = (await TwimlAssert.MessagesAsync(response)).Should().ContainSingle().Subject;
        message.Elements().Where(e => e.Name.LocalName == "Media").Should().BeEmpty();
        message.Value.Should().Be("Tajine peint\n📷 " + BotHost.PublicBaseUrl + "/p/K7P3Q-1");
        host.Outbox.All().Single().Status.Should().Be(OutboxStatus.AnsweredInline);
    }

    [Fact]
    public async Task PostDevChat_LocalModeSmsToSpain_LinksThePageOnTheLocalAddress()
    {
        using var host = WithProductReply(new BotHost(twilio: false));

        var response = await host.CreateClient().PostAsJsonAsync("/dev/chat/messages", new
        {
            from = "+34600000001",
            to = SenderNumberSeeder.LocalPlatformNumber,
            channel = "sms",
            text = "K7P3Q",
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reply = body.GetProperty("replies")[0];
        reply.GetProperty("body").GetString().Should().EndWith("📷 http://127.0.0.1:5080/p/K7P3Q-1");
        reply.GetProperty("mediaUrls").GetArrayLength().Should().Be(0);
    }

    private static BotHost WithProductReply(BotHost host)
    {
        host.Market.ProductsByPhoto[TwilioPhoto] = Product();
        host.Turns.Script = activity => [new ScriptedMessage(activity.From, "Tajine peint", [TwilioPhoto])];
        return host;
    }
}
