namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>Whatever a person can type gets a TwiML answer with something in it: never a 500, never silence.</summary>
public sealed class OddInputTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    public static TheoryData<string> OddBodies() =>
    [
        "",
        "   ",
        "\u0000\u0001",
        new string('a', 5000),
        "🍕🍕🍕",
        "١٢٣٤٥٦٧٨٩",
        "<Response><Message>hi</Message></Response>",
        "&amp; &lt; ]]>",
        "\u202Eolleh\u200F",
        "{\"$where\":\"1==1\"}",
        "-1",
        "99999999999999999999999999999",
        "1.5",
        "\uD83D",
    ];

    [Theory]
    [MemberData(nameof(OddBodies))]
    public async Task OddBody_FirstContactAndAtTheArtisanMenu_AnsweredWithText(string body)
    {
        var first = await _market.BuyerSaysAsync(body);
        first.Should().NotBeEmpty().And.OnlyContain(r => r.Body.Length > 0);

        await _market.OpenShopAsync();
        var atMenu = await _market.ArtisanSaysAsync(body);
        atMenu.Should().NotBeEmpty().And.OnlyContain(r => r.Body.Length > 0);
    }

    [Theory]
    [MemberData(nameof(OddBodies))]
    public async Task OddBody_AsAPriceAndAsAnOffer_AnsweredWithText(string body)
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        await _market.ArtisanSaysAsync("1");
        await _market.ArtisanSaysAsync("", _market.PhotoUrl);
        await _market.ArtisanSaysAsync("Lanterne");
        (await _market.ArtisanSaysAsync(body)).Should().NotBeEmpty().And.OnlyContain(r => r.Body.Length > 0);

        await _market.BuyerOpensShopAsync(code);
        (await _market.BuyerSaysAsync(body)).Should().NotBeEmpty().And.OnlyContain(r => r.Body.Length > 0);
    }

    [Fact]
    public async Task ShopName_WithMarkupCharacters_EscapedInTheTwimlAndKept()
    {
        await _market.OnboardArtisanAsync();
        await _market.ArtisanSaysAsync("1");
        await _market.ArtisanSaysAsync("1");

        var opened = await _market.ArtisanSaysAsync("Dar & <Fès>");

        opened[0].Body.Should().Contain("« Dar & <Fès> » est ouverte");
        (await _market.Store.FindShopByOwnerAsync("+212612345678"))!.DisplayName.Should().Be("Dar & <Fès>");
    }
}
