using System.Net;
using System.Text;
using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// What a webhook that is not Twilio's, not for our account or not well formed gets from the real
/// host: a refusal, and nothing in the LiteDB file or on the wire.
/// </summary>
public sealed class WebhookGuardTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    public static TheoryData<string> Refusals() => ["unsigned", "wrong token", "tampered body", "other URL", "other account"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Post_NotTwilioOrNotOurAccount_403AndTheFileHoldsNoPersonAndNoOutbox(string how)
    {
        var form = _market.Buyer.Form("K7P3Q");
        using var request = how switch
        {
            "unsigned" => TwilioRequests.Post(form, sign: false),
            "wrong token" => TwilioRequests.Post(
                form,
                signature: TwilioSignature.Compute("another-token", BotHost.PublicBaseUrl + "/twilio/messages", form)),
            "tampered body" => Tampered(form),
            "other URL" => TwilioRequests.Post(
                form,
                signature: TwilioSignature.Compute(BotHost.AuthToken, "https://evil.example.test/twilio/messages", form)),
            _ => TwilioRequests.Post(OtherAccount(form)),
        };

        using var response = await _market.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _market.Store.GetPersonAsync(Marketplace.BuyerAddress)).Should().BeNull();
        await _market.NothingMoreSentAsync();
        _market.Host.Dispose();
        var counts = LiteDbFile.CountDocuments(_market.Database.FilePath);
        counts.GetValueOrDefault("Person").Should().Be(0);
        counts.GetValueOrDefault("OutboxMessage").Should().Be(0);
        counts.GetValueOrDefault("InboundMessage").Should().Be(0);
        counts.GetValueOrDefault("DialogState").Should().Be(0);
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        { "MessageSid", "", "The field MessageSid is missing." },
        { "From", "", "The field From is missing." },
        { "From", "not a phone", "From is not a phone number" },
        { "To", "+212522000111", "From and To are on different channels" },
        { "NumMedia", "two", "NumMedia must be a whole number" },
        { "NumMedia", "1", "MediaUrl0 is missing or not an http(s) URL" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Post_SignedButMalformed_400WithTheReasonAndNothingStored(string field, string value, string reason)
    {
        var form = _market.Artisan.Form("salam");
        form[field] = value;

        using var response = await _market.Client.SendAsync(TwilioRequests.Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        (await _market.Store.GetPersonAsync("+212612345678")).Should().BeNull();
        (await _market.Outbox.ListRecentAsync(10)).Should().BeEmpty();
    }

    [Fact]
    public async Task Post_JsonInsteadOfForm_400SayingTheContentType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/messages")
        {
            Content = new StringContent("""{"Body":"salam"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Twilio-Signature", "irrelevant");

        using var response = await _market.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task Post_SameMessageSidTwice_OneTurnOneOfferOneNotice()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.BuyerOpensShopAsync(code);
        var form = _market.Buyer.Form("250");

        var first = await Phone.ReadRepliesAsync(await _market.Client.SendAsync(TwilioRequests.Post(form)));
        var second = await Phone.ReadRepliesAsync(await _market.Client.SendAsync(TwilioRequests.Post(form)));

        first.Single().Body.Should().Contain("Your offer of 250 MAD");
        second.Should().BeEmpty("a copy causes nothing new");
        (await _market.NextSentAsync(1)).Single().Form["To"].Should().Be(Marketplace.ArtisanAddress);
        await _market.NothingMoreSentAsync();
        (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().ContainSingle();
    }

    [Fact]
    public async Task Post_SameMessageSidConcurrently_ExactlyOneCopyAnswersAndOneNoticeGoesOut()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.BuyerOpensShopAsync(code);
        var form = _market.Buyer.Form("250");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            await Phone.ReadRepliesAsync(await _market.Client.SendAsync(TwilioRequests.Post(form)))));

        answers.Count(a => a.Count > 0).Should().Be(1, "only the copy that claimed the MessageSid runs the turn");
        answers.SelectMany(a => a).Single().Body.Should().Contain("Your offer of 250 MAD");
        (await _market.NextSentAsync(1)).Single().Form["Body"].Should().Contain("250 MAD");
        await _market.NothingMoreSentAsync();
        var open = (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().ContainSingle().Subject;
        open.Moves.Should().ContainSingle();
    }

    private static HttpRequestMessage Tampered(Dictionary<string, string> form)
    {
        var signature = TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + "/twilio/messages", form);
        var changed = new Dictionary<string, string>(form) { ["Body"] = "K7P3Q and more" };
        return TwilioRequests.Post(changed, signature: signature);
    }

    private static Dictionary<string, string> OtherAccount(Dictionary<string, string> form) =>
        new(form) { ["AccountSid"] = "AC" + new string('f', 32) };
}
