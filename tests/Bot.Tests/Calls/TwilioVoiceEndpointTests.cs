using System.Net;
using System.Xml.Linq;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Calls;

/// <summary>
/// Phone calls through the whole host: signed Twilio Voice callbacks, TwiML parsed as XML, real
/// negotiation rules on LiteDB, and the buyer told through the outbox and a fake Twilio REST API.
/// </summary>
public sealed class TwilioVoiceEndpointTests : IDisposable
{
    private const string CallSid = "CA0123456789abcdef0123456789abcdef";
    private const string Base = BotHost.PublicBaseUrl + "/twilio/voice";

    private readonly FakeTwilioApi _twilio = new FakeTwilioApi().AcceptingMessages();
    private readonly MarketHost _host;
    private readonly HttpClient _client;

    public TwilioVoiceEndpointTests()
    {
        _host = new MarketHost(_twilio.Url).Started();
        _client = _host.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
        _twilio.Dispose();
    }

    [Fact]
    public async Task Voice_Unsigned_Forbidden()
    {
        var unsigned = TwilioRequests.Post(Call(MarketHost.ArtisanPhone), "/twilio/voice", sign: false);

        var response = await _client.SendAsync(unsigned);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Voice_UnknownCaller_SaysSoAndHangsUp()
    {
        var twiml = await PostAsync("", Call("+212699999999"));

        var say = twiml.Elements().First();
        say.Name.LocalName.Should().Be("Say");
        say.Attribute("language")!.Value.Should().Be("fr-FR");
        say.Value.Should().Contain("n'est pas connu");
        twiml.Elements().Last().Name.LocalName.Should().Be("Hangup");
    }

    [Fact]
    public async Task Voice_NothingPending_SaysSoInCallersLanguageAndHangsUp()
    {
        await _host.SeedOfferAsync(250);

        var twiml = await PostAsync("", Call(MarketHost.BuyerPhone));

        var say = twiml.Elements().Single(e => e.Name.LocalName == "Say");
        say.Attribute("language")!.Value.Should().Be("en-US");
        say.Value.Should().Be("Hello. No offer is waiting for your answer. Goodbye.");
        twiml.Elements().Last().Name.LocalName.Should().Be("Hangup");
    }

    [Fact]
    public async Task Voice_PendingOffer_ReadInCallersLanguageInsideAGatherForKeysOrSpeech()
    {
        var offer = await _host.SeedOfferAsync(250);

        var twiml = await PostAsync("", Call(MarketHost.ArtisanPhone));

        var gather = twiml.Elements().Single();
        gather.Name.LocalName.Should().Be("Gather");
        gather.Attribute("input")!.Value.Should().Be("dtmf speech");
        gather.Attribute("numDigits")!.Value.Should().Be("1");
        gather.Attribute("actionOnEmptyResult")!.Value.Should().Be("true");
        gather.Attribute("language")!.Value.Should().Be("fr-FR");
        gather.Attribute("method")!.Value.Should().Be("POST");
        gather.Attribute("action")!.Value.Should().Be($"{Base}/answer?n={offer.Id}&t=0");
        var says = gather.Elements().ToList();
        says.Should().OnlyContain(e => e.Name.LocalName == "Say" && e.Attribute("language")!.Value == "fr-FR");
        says[0].Value.Should().Be("Un acheteur propose 250 dirhams pour Tajine bleu.");
        says[1].Value.Should().StartWith("Tapez 1 pour accepter.");
    }

    [Fact]
    public async Task Voice_SilenceThenWrongKey_AskedAgainTwiceThenGoodbye()
    {
        var offer = await _host.SeedOfferAsync(250);

        var first = await PostAsync($"/answer?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone));
        var gather = first.Elements().Single();
        gather.Attribute("action")!.Value.Should().Be($"{Base}/answer?n={offer.Id}&t=1");
        gather.Elements().First().Value.Should().Be("Désolé, je n'ai pas compris.");

        var second = await PostAsync($"/answer?n={offer.Id}&t=1", Call(MarketHost.ArtisanPhone, digits: "7"));
        second.Elements().Single().Attribute("action")!.Value.Should().EndWith("t=2");

        var last = await PostAsync($"/answer?n={offer.Id}&t=2", Call(MarketHost.ArtisanPhone));
        last.Elements().Select(e => e.Name.LocalName).Should().Equal("Say", "Hangup");
        last.Elements().First().Value.Should().Be("Merci. Au revoir.");
        (await _host.Store.GetNegotiationAsync(offer.Id))!.AmountMad.Should().Be(250);
    }

    [Fact]
    public async Task Voice_WholeCall_CounterByKeypadConfirmed_RecordedAndBuyerTextedOnce()
    {
        var offer = await _host.SeedOfferAsync(250);
        await PostAsync("", Call(MarketHost.ArtisanPhone));

        var ask = await PostAsync($"/answer?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone, digits: "2"));
        var amountGather = ask.Elements().Single();
        amountGather.Attribute("finishOnKey")!.Value.Should().Be("#");
        amountGather.Attribute("numDigits").Should().BeNull();
        amountGather.Attribute("action")!.Value.Should().Be($"{Base}/amount?n={offer.Id}&t=0");
        amountGather.Elements().Single().Value.Should().Contain("touche dièse");

        var heard = await PostAsync($"/amount?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone, digits: "300"));
        var confirmGather = heard.Elements().Single();
        confirmGather.Attribute("action")!.Value.Should().Be($"{Base}/confirm?n={offer.Id}&a=300&t=0");
        confirmGather.Elements().Single().Value.Should()
            .Be("Vous avez dit 300 dirhams. Tapez 1 pour confirmer. Tapez 2 pour recommencer.");

        var done = await PostAsync($"/confirm?n={offer.Id}&a=300&t=0", Call(MarketHost.ArtisanPhone, digits: "1"));
        done.Elements().Select(e => e.Value).Should()
            .Equal("Votre prix de 300 dirhams est envoyé.", "Merci. Au revoir.", "");
        done.Elements().Last().Name.LocalName.Should().Be("Hangup");

        var negotiation = (await _host.Store.GetNegotiationAsync(offer.Id))!;
        negotiation.AmountMad.Should().Be(300);
        negotiation.AwaitingAnswerFrom.Should().Be(Party.Buyer);
        await _twilio.WaitForRequestsAsync(1);
        var toBuyer = _twilio.Requests().Should().ContainSingle().Subject;
        toBuyer.Form["To"].Should().Be(MarketHost.BuyerPhone);
        toBuyer.Form["Body"].Should().StartWith("🔁 Atelier Fatima answers: 300 MAD for Tajine bleu.");

        await PostAsync($"/confirm?n={offer.Id}&a=300&t=0", Call(MarketHost.ArtisanPhone, digits: "1"));
        await Task.Delay(500);
        _twilio.Requests().Should().ContainSingle("a retried callback writes and sends nothing twice");
        (await _host.Store.GetNegotiationAsync(offer.Id))!.Moves.Should().HaveCount(negotiation.Moves.Count);
    }

    [Fact]
    public async Task Voice_SpokenAmount_ReadByTheAmountRecognizerAndConfirmed()
    {
        var offer = await _host.SeedOfferAsync(250);

        var heard = await PostAsync(
            $"/amount?n={offer.Id}&t=0",
            Call(MarketHost.ArtisanPhone, speech: "je veux 280 dirhams"));

        heard.Elements().Single().Attribute("action")!.Value.Should().Be($"{Base}/confirm?n={offer.Id}&a=280&t=0");
    }

    [Fact]
    public async Task Voice_AcceptByKey_DealRecordedAndBuyerTexted()
    {
        var offer = await _host.SeedOfferAsync(250);

        var done = await PostAsync($"/answer?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone, digits: "1"));

        done.Elements().First().Value.Should().Be("Marché conclu ! Tajine bleu pour 250 dirhams.");
        var deal = (await _host.Store.FindDealByNegotiationAsync(offer.Id))!;
        deal.PriceMad.Should().Be(250);
        await _twilio.WaitForRequestsAsync(2);
        var sent = _twilio.Requests().ToDictionary(
            request => request.Form["To"].Replace("whatsapp:", "", StringComparison.Ordinal),
            request => request.Form["Body"]);
        sent[MarketHost.BuyerPhone].Should().StartWith("🤝 Deal!").And.Contain($"Deal no. {deal.Number}");
        sent[MarketHost.ArtisanPhone].Should().StartWith("🤝 Marché conclu !")
            .And.Contain($"Marché n° {deal.Number}", "the caller gets the deal's number in writing");
        (await _host.Store.GetPersonAsync(MarketHost.BuyerPhone))!.FocusNegotiationId.Should().Be(offer.Id);
        (await _host.Store.GetPersonAsync(MarketHost.ArtisanPhone))!.FocusNegotiationId.Should().Be(offer.Id);
    }

    [Fact]
    public async Task Voice_CounterBelowTheOffer_WarnedThenOneAcceptsTheOffer()
    {
        var offer = await _host.SeedOfferAsync(250);

        var warned = await PostAsync($"/amount?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone, digits: "200"));

        var gather = warned.Elements().Single();
        gather.Attribute("action")!.Value.Should().Be($"{Base}/answer?n={offer.Id}&t=0");
        gather.Elements().Single().Value.Should().Be("L'acheteur propose déjà 250 dirhams. Vous avez dit 200 "
            + "dirhams : ce n'est pas plus. Tapez 1 pour accepter 250 dirhams. Tapez 2 pour dire un autre prix. "
            + "Tapez 3 pour refuser.");
        (await _host.Store.GetNegotiationAsync(offer.Id))!.Moves.Should().ContainSingle("nothing is sent yet");

        var done = await PostAsync($"/answer?n={offer.Id}&t=0", Call(MarketHost.ArtisanPhone, digits: "1"));

        done.Elements().First().Value.Should().Be("Marché conclu ! Tajine bleu pour 250 dirhams.");
        (await _host.Store.FindDealByNegotiationAsync(offer.Id))!.PriceMad.Should().Be(250);
    }

    [Fact]
    public async Task Voice_CallbackWithoutCallSid_SpokenApologyNotAnErrorPage()
    {
        var form = Call(MarketHost.ArtisanPhone);
        form.Remove("CallSid");

        var twiml = await PostAsync("/answer?n=N-1&t=0", form);

        twiml.Elements().First().Value.Should().Be("Désolé, une erreur est survenue. Rappelez plus tard. Au revoir.");
        twiml.Elements().Last().Name.LocalName.Should().Be("Hangup");
    }

    private async Task<XElement> PostAsync(string step, Dictionary<string, string> form)
    {
        var response = await _client.SendAsync(TwilioRequests.Post(form, "/twilio/voice" + step));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        root.Name.LocalName.Should().Be("Response");
        return root;
    }

    private static Dictionary<string, string> Call(string from, string? digits = null, string? speech = null) =>
        CallForms.Step(CallSid, from, digits, speech);
}
