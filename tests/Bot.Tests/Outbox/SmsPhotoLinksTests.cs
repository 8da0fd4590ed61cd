using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;
using static SoukPlay.Bot.Tests.Products.ProductCatalogue;

namespace SoukPlay.Bot.Tests.Outbox;

/// <summary>Product photos on SMS, through the real sender to the fake Twilio on loopback.</summary>
public sealed class SmsPhotoLinksTests : IDisposable
{
    private const string FrenchBuyer = "+33612345678";
    private const string UsBuyer = "+14155550123";
    private const string CanadianBuyer = "+16135550123";
    private const string JamaicanBuyer = "+18765550123";
    private const string Body = "🛍️ Tajine peint — 1 200 MAD";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;

    public SmsPhotoLinksTests()
    {
        _host = new DeliveryHost(_api.Url).Started();
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Deliver_SmsOutsideUsAndCanada_SendsNoMediaAndLinksTheProductPage()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product(), Buyer(FrenchBuyer, "fr"));

        var form = await SendAsync(Message("m1", FrenchBuyer, Channel.Sms));

        form.Should().NotContainKey("MediaUrl");
        form["Body"].Should().Be(Body + "\n📷 https://bot.example.test/p/K7P3Q-1?lang=fr");
        var stored = await Eventually.GetAsync(
            () => _host.Get("m1"), m => m.Status == OutboxStatus.Queued, "the sender should record the send");
        stored.Body.Should().Be(form["Body"], "the log check compares what was sent");
        stored.MediaUrls.Should().BeEmpty();
    }

    [Fact]
    public async Task Deliver_SmsToAPhotoOfNoProduct_DropsItWithoutALink()
    {
        await _host.CommitAsync(Buyer(FrenchBuyer, ""));

        var form = await SendAsync(Message("m1", FrenchBuyer, Channel.Sms));

        form.Should().NotContainKey("MediaUrl");
        form["Body"].Should().Be(Body);
    }

    [Theory]
    [InlineData(UsBuyer)]
    [InlineData(CanadianBuyer)]
    public async Task Deliver_SmsToUsOrCanada_KeepsThePhoto(string buyer)
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var form = await SendAsync(Message("m1", buyer, Channel.Sms));

        form["MediaUrl"].Should().Be(TwilioPhoto);
        form["Body"].Should().Be(Body);
    }

    [Fact]
    public async Task Deliver_SmsToAnotherNorthAmericanPlanCountry_LinksThePage()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var form = await SendAsync(Message("m1", JamaicanBuyer, Channel.Sms));

        form.Should().NotContainKey("MediaUrl");
        form["Body"].Should().EndWith("📷 https://bot.example.test/p/K7P3Q-1");
    }

    [Fact]
    public async Task Deliver_WhatsAppOutsideUsAndCanada_KeepsThePhoto()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var form = await SendAsync(Message("m1", FrenchBuyer, Channel.WhatsApp));

        form["MediaUrl"].Should().Be(TwilioPhoto);
        form["Body"].Should().Be(Body);
    }

    private async Task<IReadOnlyDictionary<string, string>> SendAsync(OutboxMessage message)
    {
        await _host.CommitAsync(message);
        await _api.WaitForCreatesAsync(1);
        return _api.Creates()[0].Form;
    }

    private static OutboxMessage Message(string id, string to, Channel channel)
    {
        var message = Messages.Pending(id, to, Body, channel);
        message.MediaUrls = [TwilioPhoto];
        return message;
    }

    private static Person Buyer(string phone, string language)
    {
        var buyer = Messages.Person(phone);
        buyer.Language = language;
        return buyer;
    }
}
