using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>One person on two channels, and webhooks signed exactly as Twilio signs them.</summary>
public sealed class ChannelTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Channel_ArtisanMovesFromWhatsAppToSms_SamePersonAndTheNextOfferComesBySms()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        var artisanBySms = new Phone("+212612345678", MarketHost.PlatformNumber);

        var menu = await artisanBySms.SendAsync(_market.Client, "bonjour");
        menu.Should().ContainSingle().Which.Body.Should().Contain("1️⃣ 📸 Mettre un produit en vente",
            "the SMS comes from the same person: French, an artisan, at the artisan's menu");
        await _market.BuyerOpensShopAsync(code);
        await _market.BuyerSaysAsync("250");

        var offer = (await _market.NextSentAsync(1)).Single();
        offer.Form["To"].Should().Be("+212612345678");
        offer.Form["From"].Should().Be(MarketHost.PlatformNumber);
        offer.Form["Body"].Should().Contain("250 MAD");
        (await _market.Store.FindShopByOwnerAsync("+212612345678"))!.Id.Should().Be(code);
    }

    [Fact]
    public async Task Signature_UrlWithQueryStringAndBodyWithOuterSpaces_AcceptedAsSigned()
    {
        var form = _market.Artisan.Form("  salam  ");
        const string path = "/twilio/messages?source=whatsapp&v=2";

        using var response = await _market.Client.SendAsync(TwilioRequests.Post(form, path));

        var replies = await Phone.ReadRepliesAsync(response);
        replies.Single().Body.Should().Contain("Choose your language");
    }

    [Fact]
    public async Task Signature_SignedWithoutTheQueryString_Refused()
    {
        var form = _market.Artisan.Form("salam");
        var signature = TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + "/twilio/messages", form);

        using var response = await _market.Client.SendAsync(
            TwilioRequests.Post(form, "/twilio/messages?source=whatsapp", signature));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
    }
}
