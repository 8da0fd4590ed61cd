using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Tests.Calls;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static SoukPlay.Bot.Tests.Products.ProductCatalogue;

namespace SoukPlay.Bot.Tests.Products;

/// <summary>
/// The host's copy of a product photo, through the whole host (real LiteDB store, real page and
/// photo endpoints), with a WireMock server on loopback standing for Twilio's media host.
/// </summary>
public sealed class ProductPhotoCopyTests : IDisposable
{
    private const string MediaPath = $"/2010-04-01/Accounts/{BotHost.AccountSid}/Messages/MM1/Media/ME1";
    private const string FrenchBuyer = "+33612345678";

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF, 0xE0];

    private static readonly string ExpectedAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BotHost.AccountSid}:{BotHost.AuthToken}"));

    private readonly WireMockServer _media = WireMockServer.Start();
    private readonly FakeTwilioApi _twilio = new FakeTwilioApi().AcceptingMessages();
    private MarketHost? _host;

    private string PhotoUrl => $"http://127.0.0.1:{_media.Ports[0]}{MediaPath}";

    public void Dispose()
    {
        _host?.Dispose();
        _twilio.Dispose();
        _media.Stop();
    }

    [Fact]
    public async Task Get_TwilioPhoto_CopiedOnceThenShownAndServedWithTheSameBytes()
    {
        var photo = Image(JpegStart);
        ServePhoto(photo, "image/jpeg");
        var client = await StartWithProductAsync(title: "Tajine \"bleu\" <&>");

        var html = await client.GetStringAsync("/p/K7P3Q-1");
        var first = await client.GetAsync("/p/K7P3Q-1/photo");
        var second = await client.GetAsync("/p/K7P3Q-1/photo");
        await client.GetStringAsync("/p/K7P3Q-1?lang=fr");

        html.Should().Contain("<img src=\"K7P3Q-1/photo\" alt=\"Tajine &quot;bleu&quot; &lt;&amp;&gt;\"");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
        (await first.Content.ReadAsByteArrayAsync()).Should().Equal(photo);
        (await second.Content.ReadAsByteArrayAsync()).Should().Equal(photo);
        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromDays(1));
        first.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        _media.LogEntries.Should().ContainSingle("the photo is copied once, then served from the store");
        _media.LogEntries.Single().RequestMessage.Headers!["Authorization"].Should().Equal(ExpectedAuthorization);
    }

    [Fact]
    public async Task Get_CopiedPhoto_PageAndPhotoNameNeitherTwilioNorTheAccount()
    {
        ServePhoto(Image([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "image/png");
        var client = await StartWithProductAsync();

        var page = await client.GetAsync("/p/K7P3Q-1");
        var photo = await client.GetAsync("/p/K7P3Q-1/photo");

        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<img src=\"K7P3Q-1/photo\"");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("img-src 'self' https:");
        var everything = html + page.Headers + photo.Headers + photo.Content.Headers;
        everything.Should().NotContain(BotHost.AccountSid).And.NotContain(BotHost.AuthToken)
            .And.NotContain("/Media/ME1").And.NotContain($":{_media.Ports[0]}");
        photo.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    [Fact]
    public async Task Get_SameETagAgain_Answers304WithoutTheBytes()
    {
        ServePhoto(Image([0xFF, 0xD8, 0xFF, 0xE1]), "image/jpeg");
        var client = await StartWithProductAsync();
        var first = await client.GetAsync("/p/K7P3Q-1/photo");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/p/K7P3Q-1/photo");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        first.Headers.ETag.Should().NotBeNull();
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_DownloadFails_PageWorksWithoutPhotoAndIsNotRetriedBeforeRetryAfter()
    {
        _media.Given(Request.Create().WithPath(MediaPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500));
        var client = await StartWithProductAsync(retryAfter: "01:00:00");

        var page = await client.GetAsync("/p/K7P3Q-1");
        var again = await client.GetStringAsync("/p/K7P3Q-1");
        var photo = await client.GetAsync("/p/K7P3Q-1/photo");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<h1>Tajine peint</h1>").And.NotContain("<img");
        html.Should().Contain("The photo is shown in the chat when you send the code.");
        again.Should().NotContain("<img");
        photo.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _media.LogEntries.Should().ContainSingle("a failed copy waits Products:Photos:RetryAfter");
    }

    [Fact]
    public async Task Get_DownloadFailedBefore_TriedAgainAfterRetryAfterAndShown()
    {
        _media.Given(Request.Create().WithPath(MediaPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));
        var client = await StartWithProductAsync(retryAfter: "00:00:00");
        var before = await client.GetStringAsync("/p/K7P3Q-1");
        _media.ResetMappings();
        var photo = Image([0xFF, 0xD8, 0xFF, 0xDB]);
        ServePhoto(photo, "image/jpeg");

        var after = await client.GetStringAsync("/p/K7P3Q-1");

        before.Should().NotContain("<img");
        after.Should().Contain("<img src=\"K7P3Q-1/photo\"");
        (await client.GetByteArrayAsync("/p/K7P3Q-1/photo")).Should().Equal(photo);
    }

    [Fact]
    public async Task Get_PhotoOverTheSizeCap_NotCopiedAndNotServed()
    {
        ServePhoto(Image(JpegStart, length: 5_000), "image/jpeg");
        var client = await StartWithProductAsync(maxBytes: 4_000);

        var html = await client.GetStringAsync("/p/K7P3Q-1");
        var photo = await client.GetAsync("/p/K7P3Q-1/photo");

        html.Should().NotContain("<img");
        photo.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PhotoStore().GetProductPhotoAsync("K7P3Q-1")).Should().BeNull();
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml")]
    [InlineData("<html><body>not a photo</body></html>", "image/jpeg")]
    public async Task Get_MediaThatIsNotASafeImage_NotServed(string body, string declaredType)
    {
        _media.Given(Request.Create().WithPath(MediaPath).UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", declaredType).WithBody(body));
        var client = await StartWithProductAsync();

        var html = await client.GetStringAsync("/p/K7P3Q-1");
        var photo = await client.GetAsync("/p/K7P3Q-1/photo");

        html.Should().NotContain("<img");
        photo.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PhotoStore().GetProductPhotoAsync("K7P3Q-1")).Should().BeNull();
    }

    [Fact]
    public async Task Get_PhotoOfAWithdrawnProduct_Answers404EvenWithACopy()
    {
        ServePhoto(Image(JpegStart), "image/jpeg");
        var client = await StartWithProductAsync();
        (await client.GetAsync("/p/K7P3Q-1/photo")).StatusCode.Should().Be(HttpStatusCode.OK);
        var product = (await _host!.Store.GetProductAsync("K7P3Q-1"))!;
        product.Status = ListingStatus.Withdrawn;
        await _host.Store.CommitAsync(new ChangeSet().Put(product));

        var photo = await client.GetAsync("/p/K7P3Q-1/photo");

        photo.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deliver_SmsLinkingTheProduct_CopiesThePhotoBeforeAnyPageView()
    {
        var photo = Image(JpegStart);
        ServePhoto(photo, "image/jpeg");
        await StartWithProductAsync();
        var buyer = Messages.Person(FrenchBuyer);
        var message = Messages.Pending("m1", FrenchBuyer, "🛍️ Tajine peint", Channel.Sms, MarketHost.ShopNumber);
        message.MediaUrls = [PhotoUrl];

        await _host!.Store.CommitAsync(new ChangeSet().Put(buyer).Put(message));

        var copy = await Eventually.GetAsync(
            () => PhotoStore().GetProductPhotoAsync("K7P3Q-1").GetAwaiter().GetResult(),
            found => found is not null,
            "the link's send should start the copy");
        copy!.Content.ToArray().Should().Equal(photo);
        _media.LogEntries.Should().ContainSingle();
    }

    private async Task<HttpClient> StartWithProductAsync(
        string title = "Tajine peint",
        string retryAfter = "00:10:00",
        long maxBytes = 1_000_000)
    {
        _host = new MarketHost(_twilio.Url, new Dictionary<string, string?>
        {
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:Media:AllowHttp"] = "true",
            ["Twilio:Media:MaxAttempts"] = "1",
            ["Twilio:Media:MaxBytes"] = maxBytes.ToString(CultureInfo.InvariantCulture),
            ["Products:Photos:RetryAfter"] = retryAfter,
            ["Products:Photos:PageWait"] = "00:00:10",
        }).Started();
        var product = Product(title: title, photoUrl: PhotoUrl);
        await _host.Store.CommitAsync(new ChangeSet().Put(Artisan()).Put(Shop()).Put(product));
        return _host.CreateClient();
    }

    private IProductPhotoStore PhotoStore() =>
        _host!.Services.GetRequiredService<IProductPhotoStore>();

    private void ServePhoto(byte[] photo, string contentType) =>
        _media.Given(Request.Create().WithPath(MediaPath).UsingGet()
                .WithHeader("Authorization", ExpectedAuthorization))
            .RespondWith(Response.Create().WithHeader("Content-Type", contentType).WithBody(photo));

    /// <summary>Bytes that start as the format's signature, then are random (the host never decodes them).</summary>
    private static byte[] Image(byte[] signature, int length = 20_000)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
