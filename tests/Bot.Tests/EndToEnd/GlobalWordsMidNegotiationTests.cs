using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// Global words through the real host while an offer waits: the language menu gets its answer
/// before the offer, "projets" opens the projects and is not passed on, and a shop code at the
/// role menu leads a newcomer to the shop.
/// </summary>
public sealed class GlobalWordsMidNegotiationTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Language_OfferWaitingForTheArtisan_DigitChoosesTheLanguageNotTheOffer()
    {
        await _market.OpenNegotiationAsync();

        (await _market.ArtisanSaysAsync("langue")).Single().Body.Should().Contain("Choisissez votre langue");
        var replies = await _market.ArtisanSaysAsync("5");

        replies[0].Body.Should().Be("✅ Done, we will talk in English.");
        replies[^1].Body.Should().Contain("250 MAD").And.Contain("1️⃣ ✅ Accept",
            "the waiting offer is shown again, in English, so the next digit answers what is on screen");
        await _market.NothingMoreSentAsync();
        var negotiation = (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Single();
        negotiation.AmountMad.Should().Be(250);
        negotiation.AwaitingAnswerFrom.Should().Be(Party.Artisan);
    }

    [Fact]
    public async Task Projects_OfferWaitingForTheArtisan_OpensProjectsAndIsNotPassedOn()
    {
        await _market.OpenNegotiationAsync();

        var replies = await _market.ArtisanSaysAsync("projets");

        replies[0].Body.Should().Contain("Aucune campagne");
        await _market.NothingMoreSentAsync();
    }

    [Fact]
    public async Task ShopCode_AtTheRoleMenu_NewcomerLandsInTheShopInTheirLanguage()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        var newcomer = new Phone("+34611223344", MarketHost.PlatformNumber);
        await newcomer.SendAsync(_market.Client, "Hola");
        (await newcomer.SendAsync(_market.Client, "6"))[0].Body.Should().Be("✅ Hecho, hablaremos en español.");

        var shop = await newcomer.SendAsync(_market.Client, code.ToLowerInvariant());

        shop[0].Body.Should().Be($"🏪 ¡Bienvenido a {Marketplace.ShopName}!");
        shop.Should().Contain(r => r.Body.StartsWith($"1️⃣ {Marketplace.ProductTitle}", StringComparison.Ordinal));
        var person = (await _market.Store.GetPersonAsync(newcomer.Number))!;
        person.Role.Should().Be(Role.Buyer);
        person.Language.Should().Be("es");
    }
}
