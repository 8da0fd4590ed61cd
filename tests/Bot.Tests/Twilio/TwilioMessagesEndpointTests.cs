using System.Net;
using Microsoft.Extensions.Logging;
using SoukPlay.Bot.Tests.Fakes;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class TwilioMessagesEndpointTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_SignedWhatsAppText_RunsTurnAndAnswersTwiml()
    {
        var client = _host.CreateClient();
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000001", "  salam  ");

        var response = await client.SendAsync(TwilioRequests.Post(form));

        var messages = await TwimlAssert.MessagesAsync(response);
        messages.Should().ContainSingle();
        messages[0].Name.LocalName.Should().Be("Message");
        messages[0].Value.Should().Be("You said:   salam  ");
        var activity = _host.Turns.Activities.Should().ContainSingle().Subject;
        activity.Should().BeEquivalentTo(new
        {
            MessageId = "SM00000000000000000000000000000001",
            From = "+212612345678",
            To = TwilioRequests.ShopNumber,
            Channel = Channel.WhatsApp,
            Text = "  salam  ",
            ProfileName = "Fatima",
        });
        _host.Outbox.All().Should().ContainSingle().Which.Status.Should().Be(OutboxStatus.AnsweredInline);
    }

    [Fact]
    public async Task Post_UsSmsWithPhotosAndLocation_BuildsActivityAndAnswersMedia()
    {
        const string UsBuyer = "+14155550123";
        var client = _host.CreateClient();
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000002", "");
        form["From"] = UsBuyer;
        form["FromCountry"] = "US";
        form["NumMedia"] = "2";
        form["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1";
        form["MediaContentType0"] = "image/jpeg";
        form["MediaUrl1"] = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2";
        form["MediaContentType1"] = "audio/ogg";
        form["Latitude"] = "31.6295";
        form["Longitude"] = "-7.9811";
        _host.Turns.Script = activity =>
            [new ScriptedMessage(activity.From, "Nice photo", ["https://cdn.example.test/p/1.jpg"])];

        var response = await client.SendAsync(TwilioRequests.Post(form));

        var message = (await TwimlAssert.MessagesAsync(response)).Should().ContainSingle().Subject;
        message.Elements().Select(e => (e.Name.LocalName, e.Value)).Should().Equal(
            ("Body", "Nice photo"),
            ("Media", "https://cdn.example.test/p/1.jpg"));
        var activity = _host.Turns.Activities.Should().ContainSingle().Subject;
        activity.Channel.Should().Be(Channel.Sms);
        activity.From.Should().Be(UsBuyer);
        activity.Media.Select(m => (m.Url, m.ContentType)).Should().Equal(
            (form["MediaUrl0"], "image/jpeg"),
            (form["MediaUrl1"], "audio/ogg"));
        activity.Location.Should().Be(new SoukPlay.Dialogs.Turns.GeoPoint(31.6295, -7.9811));
    }

    [Fact]
    public async Task Post_Unsigned_Answers403AndTouchesNothing()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000003", "hi");

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, sign: false));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Post_SignatureForOtherBody_Answers403AndTouchesNothing()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000004", "hi");
        var signed = new Dictionary<string, string>(form) { ["Body"] = "hello" };
        var signature = TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + "/twilio/messages", signed);

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, signature: signature));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Post_SignedWithOtherToken_Answers403AndTouchesNothing()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000005", "hi");
        var signature = TwilioSignature.Compute("another-token", BotHost.PublicBaseUrl + "/twilio/messages", form);

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, signature: signature));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Post_SignedForOtherUrl_Answers403AndTouchesNothing()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000006", "hi");
        var signature = TwilioSignature.Compute(BotHost.AuthToken, "https://evil.example.test/twilio/messages", form);

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, signature: signature));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Post_SignedButOtherAccountSid_Answers403AndTouchesNothing()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000007", "hi");
        form["AccountSid"] = "ACffffffffffffffffffffffffffffffff";

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Post_QueryStringInSignedUrl_IsPartOfTheSignature()
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000008", "hi");
        var path = "/twilio/messages?shop=K7Q2&x=a%20b";

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form, path));
        var tampered = TwilioRequests.Post(form, "/twilio/messages?shop=OTHER", signature:
            TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + path, form));
        var refused = await _host.CreateClient().SendAsync(tampered);

        (await TwimlAssert.MessagesAsync(response)).Should().ContainSingle();
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("MessageSid", null, "The field MessageSid is missing.")]
    [InlineData("From", null, "The field From is missing.")]
    [InlineData("To", null, "The field To is missing.")]
    [InlineData("From", "whatsapp:fatima", "From is not a phone number")]
    [InlineData("From", "+212 612 345 678", "From is not a phone number")]
    [InlineData("To", "+212522000111", "different channels")]
    [InlineData("NumMedia", "two", "NumMedia must be a whole number")]
    [InlineData("NumMedia", "1", "MediaUrl0 is missing")]
    [InlineData("MediaUrl0", "https://media.example.test/1", "NumMedia says 0 but MediaUrl0 is present")]
    [InlineData("Latitude", "31.6", "Latitude and Longitude must both be given")]
    public async Task Post_MalformedForm_Answers400WithReason(string field, string? value, string reason)
    {
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000009", "hi");
        if (value is null)
        {
            form.Remove(field);
        }
        else
        {
            form[field] = value;
        }

        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        _host.Turns.Activities.Should().BeEmpty();
        _host.InboundLog.ClaimAttempts.Should().Be(0);
    }

    [Fact]
    public async Task Post_JsonBody_Answers400NamingTheContentType()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/messages")
        {
            Content = new StringContent("{\"MessageSid\":\"SM1\"}", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await _host.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("application/x-www-form-urlencoded");
        _host.Turns.Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_SameMessageSidTwice_RunsOneTurnAndAnswersCopyEmpty()
    {
        var client = _host.CreateClient();
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000010", "1");

        var first = await client.SendAsync(TwilioRequests.Post(form));
        var copy = await client.SendAsync(TwilioRequests.Post(form));

        (await TwimlAssert.MessagesAsync(first)).Should().ContainSingle();
        (await TwimlAssert.MessagesAsync(copy)).Should().BeEmpty();
        _host.Turns.Activities.Should().ContainSingle();
        _host.Outbox.All().Should().ContainSingle();
    }

    [Fact]
    public async Task Post_TwoCopiesAtOnce_RunsOneTurn()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Twilio:InlineReplyBudget"] = "00:00:10" });
        var client = host.CreateClient();
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000011", "2");
        var release = new TaskCompletionSource();
        host.Turns.Hold = release.Task;

        var both = Task.WhenAll(
            client.SendAsync(TwilioRequests.Post(form)),
            client.SendAsync(TwilioRequests.Post(form)));
        await Task.Delay(100);
        release.SetResult();
        var responses = await both;

        var counts = await Task.WhenAll(responses.Select(async r => (await TwimlAssert.MessagesAsync(r)).Count));
        counts.Should().BeEquivalentTo([1, 0]);
        host.Turns.Activities.Should().ContainSingle();
    }

    [Fact]
    public async Task Post_TurnThrows_AnswersApologyAndReleasesClaim()
    {
        var client = _host.CreateClient();
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000012", "boom");
        _host.Turns.Failure = new InvalidOperationException("dialog broke");

        var response = await client.SendAsync(TwilioRequests.Post(form));

        var message = (await TwimlAssert.MessagesAsync(response)).Should().ContainSingle().Subject;
        message.Value.Should().Contain("Sorry");
        _host.InboundLog.IsClaimed(form["MessageSid"]).Should().BeFalse();
        _host.Turns.Failure = null;
        var redelivered = await client.SendAsync(TwilioRequests.Post(form));
        (await TwimlAssert.MessagesAsync(redelivered)).Single().Value.Should().Be("You said: boom");
    }

    [Fact]
    public async Task Post_ReplyAndMessageForOther_AnswersOnlyTheReplyInline()
    {
        var client = _host.CreateClient();
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000013", "offer 300");
        _host.Turns.Script = activity =>
        [
            new ScriptedMessage(activity.From, "Offer sent"),
            new ScriptedMessage("+212612345678", "New offer: 300 MAD", Channel: Channel.WhatsApp),
        ];

        var response = await client.SendAsync(TwilioRequests.Post(form));

        (await TwimlAssert.MessagesAsync(response)).Select(m => m.Value).Should().Equal("Offer sent");
        var notice = _host.Outbox.All().Single(m => !m.IsReply);
        notice.Status.Should().NotBe(OutboxStatus.AnsweredInline);
    }

    [Fact]
    public async Task Post_SignaturesOffInDevelopment_AcceptsUnsignedAndWarnsOnEachRequest()
    {
        using var host = new BotHost(
            new Dictionary<string, string?> { ["Twilio:ValidateSignatures"] = "false" },
            environment: "Development");
        var client = host.CreateClient();

        var first = await client.SendAsync(TwilioRequests.Post(
            TwilioRequests.SmsText("SM00000000000000000000000000000014", "a"), sign: false));
        var second = await client.SendAsync(TwilioRequests.Post(
            TwilioRequests.SmsText("SM00000000000000000000000000000015", "b"), sign: false));

        (await TwimlAssert.MessagesAsync(first)).Should().ContainSingle();
        (await TwimlAssert.MessagesAsync(second)).Should().ContainSingle();
        host.Logs.Entries.Count(e => e.EventId.Id == 2003 && e.Level == LogLevel.Warning)
            .Should().BeGreaterThanOrEqualTo(3, "one warning at start and one per request");
    }

    [Fact]
    public async Task Post_SignedMessage_LogsNoFullPhoneNumberOrBody()
    {
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000016", "my secret words");

        await _host.CreateClient().SendAsync(TwilioRequests.Post(form));

        var logged = string.Join("\n", _host.Logs.Entries.Select(e => e.Message));
        logged.Should().Contain("SM00000000000000000000000000000016");
        logged.Should().NotContain(TwilioRequests.BuyerSms).And.NotContain("my secret words");
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Response");
        _host.Turns.Activities.Should().BeEmpty();
        _host.InboundLog.ClaimAttempts.Should().Be(0);
        _host.Outbox.All().Should().BeEmpty();
    }
}
