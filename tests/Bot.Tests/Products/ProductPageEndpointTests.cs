using System.Net;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Storage.Model;
using static SoukPlay.Bot.Tests.Products.ProductCatalogue;

namespace SoukPlay.Bot.Tests.Products;

public sealed class ProductPageEndpointTests : IDisposable
{
    private const string PlatformNumber = "+212522000999";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;

    public ProductPageEndpointTests()
    {
        _host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Twilio:PlatformNumber"] = PlatformNumber,
        }).Started();
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Get_ListedProduct_ShowsTitlePriceCraftCodeAndHowToMessageInEnglish()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var (response, html) = await GetAsync("/p/K7P3Q-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        html.Should().Contain("<html lang=\"en\" dir=\"ltr\">");
        html.Should().Contain("<meta name=\"viewport\"");
        html.Should().Contain("<h1>Tajine peint</h1>");
        html.Should().MatchRegex(@"<dt>Price</dt><dd>[^<]*1[^<]200 MAD[^<]*</dd>");
        html.Should().Contain("<dt>Craft</dt><dd>Pottery and ceramics</dd>");
        html.Should().Contain("<bdi>K7P3Q</bdi> · Fatima Poterie");
        html.Should().Contain($"send the code K7P3Q to {PlatformNumber}");
        html.Should().Contain($"href=\"https://wa.me/{PlatformNumber[1..]}?text=K7P3Q\"");
        html.Should().Contain($"href=\"sms:{PlatformNumber}?body=K7P3Q\"");
    }

    [Fact]
    public async Task Get_ShopWithItsOwnNumber_ShowsThatNumberAndNoArtisanPhone()
    {
        await _host.CommitAsync(
            Artisan(),
            Shop(),
            Product(),
            new SenderNumber { Id = DeliveryHost.ShopNumber, OwnerKind = SenderOwnerKind.Shop, OwnerId = ShopCode });

        var (_, html) = await GetAsync("/p/K7P3Q-1");

        html.Should().Contain($"to {DeliveryHost.ShopNumber}").And.NotContain(PlatformNumber);
        html.Should().NotContain(ArtisanPhone).And.NotContain(ArtisanPhone[1..]).And.NotContain("611111111");
    }

    [Theory]
    [InlineData("ary", "rtl", "الثمن")]
    [InlineData("ar", "rtl", "السعر")]
    [InlineData("fr", "ltr", "Prix")]
    [InlineData("ES", "ltr", "Precio")]
    [InlineData("zgh", "ltr", "ⴰⵜⵉⴳ")]
    [InlineData("xx", "ltr", "Price")]
    public async Task Get_ReaderLanguage_SetsLangDirAndLabels(string requested, string direction, string priceLabel)
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var (_, html) = await GetAsync($"/p/K7P3Q-1?lang={requested}");

        var language = requested == "xx" ? "en" : requested.ToLowerInvariant();
        html.Should().Contain($"<html lang=\"{language}\" dir=\"{direction}\">");
        html.Should().Contain($"<dt>{priceLabel}</dt>");
    }

    [Fact]
    public async Task Get_TitleWithMarkup_IsEncodedNotRun()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product(title: "<script>alert('x')</script> & \"co\""));

        var (response, html) = await GetAsync("/p/K7P3Q-1");

        html.Should().NotContain("<script").And.NotContain("alert('x')");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'");
    }

    [Fact]
    public async Task Get_TwilioPhotoThatCannotBeCopied_ShowsNoImageButSaysWhereThePhotoIs()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var (_, html) = await GetAsync("/p/K7P3Q-1");

        html.Should().NotContain("<img").And.NotContain("api.twilio.com").And.NotContain("AC0123");
        html.Should().Contain("The photo is shown in the chat when you send the code.");
    }

    [Fact]
    public async Task Get_PhotoOnAPublicHttpsAddress_ShowsItWithTheTitleAsAlt()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product(photoUrl: "https://cdn.example.test/p/1.jpg?a=1&b=2"));

        var (_, html) = await GetAsync("/p/K7P3Q-1");

        html.Should().Contain("<img src=\"https://cdn.example.test/p/1.jpg?a=1&amp;b=2\" alt=\"Tajine peint\"");
    }

    [Theory]
    [InlineData("/p/K7P3Q-9")]
    [InlineData("/p/K7P3Q-2")]
    [InlineData("/p/nothing")]
    public async Task Get_UnknownOrUnlistedProduct_Answers404(string path)
    {
        await _host.CommitAsync(Artisan(), Shop(), Product(), Product("K7P3Q-2", status: ListingStatus.Withdrawn));

        var (response, _) = await GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_ProductNoLongerForSale_SaysSoInTheReadersLanguageWithTheShopsOtherProducts()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product(), Product("K7P3Q-2", status: ListingStatus.SoldOut));

        var (response, html) = await GetAsync("/p/K7P3Q-2?lang=ar");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<html lang=\"ar\" dir=\"rtl\">")
            .And.Contain("هذا المنتج لم يعد معروضًا للبيع.")
            .And.Contain("<bdi>K7P3Q</bdi>")
            .And.Contain("wa.me/");
    }

    [Fact]
    public async Task Get_UnknownProduct_SaysItWasNotFoundInTheReadersLanguage()
    {
        var (response, html) = await GetAsync("/p/<b>nothing?lang=es");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        html.Should().Contain("<html lang=\"es\" dir=\"ltr\">")
            .And.Contain("No encontramos este producto.")
            .And.NotContain("<b>");
    }

    [Fact]
    public async Task Head_ListedProduct_AnswersLikeGet()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());
        using var client = _host.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/p/K7P3Q-1"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        // Kestrel drops a HEAD answer's body itself; the in-memory test server does not.
    }

    [Fact]
    public async Task Get_ProductCodeInSmallLetters_FindsTheProduct()
    {
        await _host.CommitAsync(Artisan(), Shop(), Product());

        var (response, _) = await GetAsync("/p/k7p3q-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        var response = await _host.CreateClient().GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
