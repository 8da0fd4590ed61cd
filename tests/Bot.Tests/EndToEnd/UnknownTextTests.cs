namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// "pizza" at every prompt of the story: each time a helpful answer in the person's language, the
/// story then carries on. Prompts where any text is a good answer (shop name, product title) are
/// left out: there "pizza" is the answer.
/// </summary>
public sealed class UnknownTextTests : IDisposable
{
    private const string Unknown = "pizza";

    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Pizza_AtEveryArtisanPrompt_HelpfulFrenchAnswerThenTheStepWorks()
    {
        (await _market.ArtisanSaysAsync(Unknown)).Single().Body.Should().Contain("Choisissez votre langue");
        await ArtisanAsync("Envoyez juste le numéro");
        await _market.ArtisanSaysAsync("1");
        await ArtisanAsync("Choisissez 1, 2 ou 3");
        await _market.ArtisanSaysAsync("1");
        await ArtisanAsync("Envoyez le numéro de votre métier (1 à 12)");
        await _market.ArtisanSaysAsync("1");
        await ArtisanAsync("Envoyez 1, 2 ou 3");
        await _market.ArtisanSaysAsync("1");
        var opened = await _market.ArtisanSaysAsync(Marketplace.ShopName);
        var code = (await _market.Store.FindShopByOwnerAsync("+212612345678"))!.Id;
        opened[0].Body.Should().Contain(code);

        await ArtisanAsync("Envoyez 1, 2, 3, 4 ou 5");
        await _market.ArtisanSaysAsync("1");
        await ArtisanAsync("📸 Il me faut une photo");
        await _market.ArtisanSaysAsync("", _market.PhotoUrl);
        await _market.ArtisanSaysAsync(Marketplace.ProductTitle);
        await ArtisanAsync("💰 Envoyez juste le prix en chiffres");
        await _market.ArtisanSaysAsync("300");
        await ArtisanAsync("📦 Envoyez un nombre de 1 à 999");
        await _market.ArtisanSaysAsync("2");
        await ArtisanAsync("🤲 Fait main ? Envoyez 1 pour oui");
        (await _market.ArtisanSaysAsync("1"))[0].Body.Should().StartWith("✅ En vente !");
        await _market.NothingMoreSentAsync();
    }

    [Fact]
    public async Task Pizza_AtEveryBuyerAndNegotiationPrompt_HelpfulAnswerOrPassedOnThenTheStepWorks()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);

        (await _market.BuyerSaysAsync(code)).Single().Body.Should().Contain("Choose your language");
        await BuyerAsync("Just send the number");
        await _market.BuyerSaysAsync("English");
        await BuyerAsync("Send just the number of the product");
        await _market.BuyerSaysAsync("1");
        await BuyerAsync("Send just a number, for example 250");
        (await _market.BuyerSaysAsync("250")).Single().Body.Should().Contain("Your offer of 250 MAD");
        await _market.NextSentAsync(1);

        await BuyerAsync("✅ Passed on.");
        (await _market.NextSentAsync(1)).Single().Form["Body"]
            .Should().StartWith("💬 [Atelier Fatima · Tajine bleu] Un acheteur : pizza\n(");
        await ArtisanAsync("✅ Transmis.");
        (await _market.NextSentAsync(1)).Single().Form["Body"]
            .Should().StartWith("💬 [Atelier Fatima · Tajine bleu] pizza\n(");

        await _market.ArtisanSaysAsync("2");
        await ArtisanAsync("Envoyez juste un nombre, par exemple 300");
        await _market.ArtisanSaysAsync("280");
        await _market.NextSentAsync(1);

        await BuyerAsync("✅ Passed on.");
        await _market.NextSentAsync(1);
        (await _market.BuyerSaysAsync("1")).Single().Body.Should().StartWith("🤝 Deal!");
        await _market.NextSentAsync(1);

        await BuyerAsync("✅ Passed on.");
        await _market.NextSentAsync(1);
        await ArtisanAsync("✅ Transmis.");
        await _market.NextSentAsync(1);
        await _market.ArtisanSaysAsync("9");
        await _market.NextSentAsync(1);

        await BuyerAsync(null);
        await ArtisanAsync(null);
        await _market.NothingMoreSentAsync();
    }

    /// <summary>Sends "pizza" as the artisan: a non-empty answer, its first message holding <paramref name="expected"/>.</summary>
    private async Task ArtisanAsync(string? expected)
    {
        var replies = await _market.ArtisanSaysAsync(Unknown);
        replies.Should().NotBeEmpty("an unknown message is never met with silence");
        replies.Should().OnlyContain(r => r.Body.Length > 0);
        if (expected is not null)
        {
            replies[0].Body.Should().Contain(expected);
        }
    }

    private async Task BuyerAsync(string? expected)
    {
        var replies = await _market.BuyerSaysAsync(Unknown);
        replies.Should().NotBeEmpty("an unknown message is never met with silence");
        replies.Should().OnlyContain(r => r.Body.Length > 0);
        if (expected is not null)
        {
            replies[0].Body.Should().Contain(expected);
        }
    }
}
