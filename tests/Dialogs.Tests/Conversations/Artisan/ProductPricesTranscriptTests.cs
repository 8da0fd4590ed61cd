using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

public sealed class ProductPricesTranscriptTests : IDisposable
{
    private const string Phone = "+212600000301";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task MyProducts_NoProducts_SaysSoThenMenu()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone);

        await _flow.Send(Phone, "4")
            .ExpectReply(r => r.Should().Contain("pas encore de produit"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task MyProducts_SetFloorAndAccept_SavedOnProduct()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone);
        await ArtisanJourney.ListAsync(_flow, Phone, "Tapis rouge", "900", "2");
        await ArtisanJourney.ListAsync(_flow, Phone, "Tapis bleu", "500");

        await _flow.Send(Phone, "4")
            .ExpectReply(r => r.Should().Contain("Vos produits")
                .And.Contain("1️⃣ ✅ en vente Tapis rouge · 900 MAD · 📦 2")
                .And.Contain("2️⃣ ✅ en vente Tapis bleu · 500 MAD · 📦 1"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "٢")
            .ExpectReply(r => r.Should().Contain("« Tapis bleu » (500 MAD)")
                .And.Contain("1️⃣ ✍️ Fixer un prix plancher").And.Contain("2️⃣ 🚫 Pas de prix plancher"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("Prix plancher en dirhams"));
        await _flow.Send(Phone, "0,5")
            .ExpectReply(r => r.Should().StartWith("🔻 Envoyez juste le nombre"));
        await _flow.Send(Phone, "350").ExpectReply(r => r.Should().Contain("Prix d'accord").And.Contain("1️⃣ ✍️"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("Prix d'accord en dirhams"));

        await _flow.Send(Phone, "480")
            .ExpectReply(r => r.Should().Be(
                "✅ Prix enregistrés pour « Tapis bleu »\n🔻 Plancher : 350 MAD\n🤝 Accord : 480 MAD"))
            .ExpectReply(r => r.Should().StartWith("🧑‍🎨 Que voulez-vous faire"))
            .ExpectNoMoreReplies();

        var products = await _flow.Store.ListProductsAsync(code);
        products[1].FloorPriceMad.Should().Be(350);
        products[1].AcceptPriceMad.Should().Be(480);
        products[0].FloorPriceMad.Should().BeNull();
        products[0].AcceptPriceMad.Should().BeNull();
    }

    [Fact]
    public async Task MyProducts_NoFloorChosenFromMenu_ClearsFloorKeepsAccept()
    {
        var code = await ArtisanJourney.OpenShopAsync(_flow, Phone, language: "en");
        await ArtisanJourney.ListAsync(_flow, Phone, "Lantern", "300");
        await _flow.Send(Phone, "4");
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "200");
        await _flow.Send(Phone, "2");

        await _flow.Send(Phone, "4");
        await _flow.Send(Phone, "1️⃣");
        await _flow.Send(Phone, "no floor price")
            .ExpectReply(r => r.Should().Contain("Accept price: offers at this price"));
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "280")
            .ExpectReply(r => r.Should().Contain("🔻 Floor: none").And.Contain("🤝 Accept: 280 MAD"));

        var product = (await _flow.Store.ListProductsAsync(code)).Single();
        product.FloorPriceMad.Should().BeNull();
        product.AcceptPriceMad.Should().Be(280);
    }

    [Fact]
    public async Task MyProducts_ShowsWaitingStatus_AndUnknownPickRetriesThenHelps()
    {
        await ArtisanJourney.OpenShopAsync(_flow, Phone, Zone.Urban);
        await ArtisanJourney.ListAsync(_flow, Phone, "Lampe");

        await _flow.Send(Phone, "4").ExpectReply(r => r.Should().Contain("1️⃣ ⏳ attend une place Lampe"));
        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().StartWith("Envoyez le numéro du produit"));
        await _flow.Send(Phone, "lampe")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Contain("Vos produits"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("« Lampe »"));
    }
}
