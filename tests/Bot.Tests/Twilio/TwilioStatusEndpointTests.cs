using System.Net;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class TwilioStatusEndpointTests : IDisposable
{
    private const string Path = "/twilio/status";
    private const string Buyer = "+33612345678";
    private const string Sid = "SM11111111111111111111111111111111";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;

    public TwilioStatusEndpointTests()
    {
        _host = new DeliveryHost(_api.Url).Started();
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Post_InOrder_RecordsEachStatusUpToRead()
    {
        await SeedAsync(OutboxStatus.Queued);

        foreach (var status in new[] { "sent", "delivered", "read" })
        {
            (await PostAsync(Callback(status))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        _host.Get("m1").Status.Should().Be(OutboxStatus.Read);
    }

    [Fact]
    public async Task Post_DeliveredThenLateSent_StaysDelivered()
    {
        await SeedAsync(OutboxStatus.Queued);

        await PostAsync(Callback("delivered"));
        await PostAsync(Callback("sent"));
        await PostAsync(Callback("queued"));

        _host.Get("m1").Status.Should().Be(OutboxStatus.Delivered);
    }

    [Fact]
    public async Task Post_FailedAfterDelivered_StaysDeliveredAndKeepsTheError()
    {
        await SeedAsync(OutboxStatus.Delivered);

        await PostAsync(Callback("undelivered", errorCode: "30008"));

        var message = _host.Get("m1");
        message.Status.Should().Be(OutboxStatus.Delivered);
        message.LastError.Should().Contain("30008");
    }

    [Fact]
    public async Task Post_UndeliveredAfterSent_RecordsUndeliveredWithTheCode()
    {
        await SeedAsync(OutboxStatus.Sent);

        await PostAsync(Callback("undelivered", errorCode: "30005"));

        var message = _host.Get("m1");
        message.Status.Should().Be(OutboxStatus.Undelivered);
        message.LastError.Should().Contain("30005");
    }

    [Fact]
    public async Task Post_Failed21610_OptsTheRecipientOut()
    {
        await _host.CommitAsync(Messages.Person(Buyer));
        await SeedAsync(OutboxStatus.Queued);

        await PostAsync(Callback("failed", errorCode: "21610"));

        _host.Get("m1").Status.Should().Be(OutboxStatus.Failed);
        _host.Person(Buyer)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task Post_UnknownSid_Answers200AndChangesNothing()
    {
        await SeedAsync(OutboxStatus.Queued);
        var form = Callback("delivered");
        form["MessageSid"] = "SM99999999999999999999999999999999";

        var response = await PostAsync(form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var message = _host.Get("m1");
        message.Status.Should().Be(OutboxStatus.Queued);
        message.Version.Should().Be(1);
    }

    [Theory]
    [InlineData("MessageStatus", "")]
    [InlineData("MessageStatus", "teleported")]
    [InlineData("MessageSid", "")]
    [InlineData("ErrorCode", "abc")]
    public async Task Post_Malformed_Answers400AndChangesNothing(string field, string value)
    {
        await SeedAsync(OutboxStatus.Queued);
        var form = Callback("delivered");
        form[field] = value;

        var response = await PostAsync(form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _host.Get("m1").Status.Should().Be(OutboxStatus.Queued);
    }

    [Fact]
    public async Task Post_Unsigned_Answers403AndChangesNothing()
    {
        await SeedAsync(OutboxStatus.Queued);
        var request = TwilioRequests.Post(Callback("delivered"), Path, sign: false);

        var response = await _host.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        _host.Get("m1").Status.Should().Be(OutboxStatus.Queued);
    }

    [Fact]
    public async Task Post_SignedForTheMessagesUrl_Answers403()
    {
        await SeedAsync(OutboxStatus.Queued);
        var form = Callback("delivered");
        var signature = TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + "/twilio/messages", form);

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, Path, signature));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        _host.Get("m1").Status.Should().Be(OutboxStatus.Queued);
    }

    private async Task SeedAsync(OutboxStatus status)
    {
        var message = Messages.Pending("m1", Buyer, "Deal!");
        message.Status = status;
        message.ProviderSid = Sid;
        await _host.CommitAsync(message);
    }

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form) =>
        _host.CreateClient().SendAsync(TwilioRequests.Post(form, Path));

    private static Dictionary<string, string> Callback(string status, string? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = BotHost.AccountSid,
            ["MessageSid"] = Sid,
            ["SmsSid"] = Sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["To"] = "whatsapp:" + Buyer,
            ["From"] = "whatsapp:" + DeliveryHost.ShopNumber,
            ["ApiVersion"] = "2010-04-01",
            ["ChannelPrefix"] = "whatsapp",
        };
        if (errorCode is not null)
        {
            form["ErrorCode"] = errorCode;
        }

        return form;
    }
}
