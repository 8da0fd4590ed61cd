using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Language;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// A buyer on a Spanish number who writes Spanish and an artisan who writes Darija in Latin
/// letters: what one writes reaches the other translated by the glossary, prices are shown in
/// euros next to the dirhams, and the original is there on request.
/// </summary>
public sealed class TranslatedNegotiationTranscriptTests : IDisposable
{
    private const string SpanishBuyer = "+34612345678";

    private readonly TestFlow _flow;

    public TranslatedNegotiationTranscriptTests()
    {
        _flow = LanguageFlow.Create();
        SeedAsync(_flow, artisanLanguage: "ary-Latn").GetAwaiter().GetResult();
        SeedBuyerAsync(_flow, "es", SpanishBuyer).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Shop_BuyerOnSpanishNumber_SeesEurosNextToDirhams()
    {
        await _flow.Send(SpanishBuyer, ShopCode)
            .ExpectReply(r => r.Should().Contain(ShopName))
            .ExpectReply(r => r.Should().Be("1️⃣ Tajine bleu — 300 MAD (≈ 28 €, cambio del 2026-12-01)"))
            .ExpectReply(r => r.Should().Be("2️⃣ Tapis rouge — 1.200 MAD (≈ 110 €, cambio del 2026-12-01)"));
    }

    [Fact]
    public async Task Offer_InEuros_ConvertedToWholeDirhamsAndConfirmed()
    {
        await OfferForTajineAsync(_flow, "€25", SpanishBuyer);

        var expectedMad = Math.Round(25 / LanguageFlow.EurRate, 0, MidpointRounding.AwayFromZero);
        var offer = _flow.LastMessages.Single(m => m.IsReply).Body;
        offer.Should().Contain($"{expectedMad} MAD por Tajine bleu")
            .And.EndWith($"💱 {expectedMad} MAD (≈ 25 €, cambio del 2026-12-01)");
        _flow.LastMessages.Single(m => m.ToPersonId == ArtisanPhone).Body
            .Should().Contain($"{expectedMad} dh").And.NotContain("€");
        (await _flow.Store.FindOpenNegotiationAsync(SpanishBuyer, TajineId))!.AmountMad.Should().Be(expectedMad);
    }

    [Fact]
    public async Task Relay_SpanishPhrase_ReachesArtisanInArabizi()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);

        await _flow.Send(SpanishBuyer, "¿Cuánto cuesta el envío?")
            .ExpectReply(r => r.Should().Be("✅ Enviado."))
            .ExpectNotification(ArtisanPhone, n => n.Should().EndWith("chhal tawsil?").And.NotContain("envío"));

        _flow.Person(ArtisanPhone)!.LastRelayedOriginal.Should().Be("¿Cuánto cuesta el envío?");
    }

    [Fact]
    public async Task Relay_ArabiziPriceAndProductName_ReachesBuyerInSpanishWithThemUntouched()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);

        await _flow.Send(ArtisanPhone, "akhir taman 280")
            .ExpectNotification(SpanishBuyer, n =>
                n.Should().Be("💬 [Atelier Fatima · Tajine bleu] último precio 280"));
    }

    [Fact]
    public async Task Original_AfterTranslatedRelay_ReaderGetsWordsAsWritten()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);
        await _flow.Send(ArtisanPhone, "akhir taman 280");

        await _flow.Send(SpanishBuyer, "original")
            .ExpectReply(r => r.Should().EndWith("akhir taman 280"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
    }

    [Fact]
    public async Task Original_ArtisanWritesLasl_GetsBuyersSpanish()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);
        await _flow.Send(SpanishBuyer, "¿Cuánto cuesta el envío?");

        await _flow.Send(ArtisanPhone, "lasl")
            .ExpectReply(r => r.Should().EndWith("¿Cuánto cuesta el envío?"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Relay_NoGlossaryPhrase_GoesAsWrittenWithSpanishNote()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);

        await _flow.Send(ArtisanPhone, "had tajine m9ad b yedi, 3la 7sab lkhedma")
            .ExpectNotification(SpanishBuyer, n => n.Should().Be(
                "💬 [Atelier Fatima · Tajine bleu] had tajine m9ad b yedi, 3la 7sab lkhedma\n"
                + "(traducción no disponible por ahora, mensaje original)"));
    }

    [Fact]
    public async Task Deal_AfterCounter_BuyerSeesEurosAtEachStep()
    {
        await OfferForTajineAsync(_flow, "250", SpanishBuyer);
        await _flow.Send(ArtisanPhone, "2");

        await _flow.Send(ArtisanPhone, "280")
            .ExpectNotification(SpanishBuyer, n => n.Should().Contain("280 MAD por Tajine bleu")
                .And.Contain("💱 280 MAD (≈ 26 €, cambio del 2026-12-01)"));
        await _flow.Send(SpanishBuyer, "1")
            .ExpectReply(r => r.Should().Contain("\n💱 280 MAD (≈ 26 €, cambio del 2026-12-01)\n🧾 Trato n.º "))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("280").And.NotContain("€"));
    }

    [Fact]
    public async Task Relay_BuyerOnMoroccanNumber_SeesNoConversion()
    {
        const string MoroccanBuyer = "+212600000042";
        await SeedBuyerAsync(_flow, "fr", MoroccanBuyer);

        await OfferForTajineAsync(_flow, "250", MoroccanBuyer);

        _flow.LastMessages.Should().NotContain(m => m.Body.Contains("💱", StringComparison.Ordinal));
        _flow.Person(MoroccanBuyer)!.Role.Should().Be(Role.Buyer);
    }
}
