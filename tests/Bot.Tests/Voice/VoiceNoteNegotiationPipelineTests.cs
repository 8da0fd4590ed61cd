using SoukPlay.Bot.Tests.Calls;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Bot.Tests.Voice.Audio;
using SoukPlay.Storage.Model;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Voice;

/// <summary>
/// A WhatsApp voice note answering an offer, through the whole host: a real Ogg/Opus note on a
/// fake media host, a fake OpenAI-compatible transcription server, real turns on LiteDB.
/// </summary>
public sealed class VoiceNoteNegotiationPipelineTests : IDisposable
{
    private const string TranscriptionPath = "/v1/audio/transcriptions";

    private readonly WireMockServer _media = WireMockServer.Start();
    private readonly WireMockServer _speech = WireMockServer.Start();
    private readonly FakeTwilioApi _twilio = new FakeTwilioApi().AcceptingMessages();
    private readonly MarketHost _host;

    public VoiceNoteNegotiationPipelineTests()
    {
        _host = new MarketHost(_twilio.Url, new Dictionary<string, string?>
        {
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:Media:AllowHttp"] = "true",
            ["Speech:Provider"] = "openai",
            ["Speech:OpenAi:BaseUrl"] = _speech.Urls[0],
            ["Speech:OpenAi:ApiKey"] = "test-key",
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _twilio.Dispose();
        _media.Stop();
        _speech.Stop();
    }

    [Fact]
    public async Task VoiceNote_ArtisanSaysBghit300_ConfirmedByOneTapThenCounterRecordedAndBuyerTexted()
    {
        var note = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1.5, 48000));
        _media.Given(Request.Create().WithPath("/media/note").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "audio/ogg").WithBody(note));
        _speech.Given(Request.Create().WithPath(TranscriptionPath).UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody("""{"text":"bghit 300"}"""));
        var client = _host.Started().CreateClient();
        var offer = await _host.SeedOfferAsync(250);

        var voice = TwilioRequests.WhatsAppText("SMvoice0001", "");
        voice["NumMedia"] = "1";
        voice["MediaUrl0"] = $"http://127.0.0.1:{_media.Ports[0]}/media/note";
        voice["MediaContentType0"] = "audio/ogg";
        var heard = await TwimlAssert.MessagesAsync(await client.SendAsync(TwilioRequests.Post(voice)));

        var replies = heard.Select(m => m.Value).ToList();
        replies.Should().ContainSingle(m => m.StartsWith("🎙️"), "{0}", string.Join(" | ", replies))
            .Which.Should()
            .StartWith("🎙️ Vous avez dit : proposer 300 MAD pour Tajine bleu.")
            .And.Contain("1️⃣ ✅ Envoyer").And.Contain("2️⃣ ✏️ Non, changer");
        _speech.LogEntries.Should().ContainSingle();
        (await _host.Store.GetNegotiationAsync(offer.Id))!.AmountMad.Should().Be(250);

        var confirm = await client.SendAsync(TwilioRequests.Post(TwilioRequests.WhatsAppText("SMvoice0002", "1")));
        var sent = await TwimlAssert.MessagesAsync(confirm);

        sent.Should().ContainSingle().Which.Value.Should().Contain("Votre prix de 300 MAD pour Tajine bleu est envoyé");
        var negotiation = (await _host.Store.GetNegotiationAsync(offer.Id))!;
        negotiation.AmountMad.Should().Be(300);
        negotiation.AwaitingAnswerFrom.Should().Be(Party.Buyer);
        await _twilio.WaitForRequestsAsync(1);
        var toBuyer = _twilio.Requests().Should().ContainSingle().Subject;
        toBuyer.Form["To"].Should().Be(MarketHost.BuyerPhone);
        toBuyer.Form["Body"].Should().Contain("300 MAD").And.Contain("Tajine bleu");
    }
}
