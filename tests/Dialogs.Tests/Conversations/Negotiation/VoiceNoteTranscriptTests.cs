using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Negotiation;

/// <summary>
/// Voice notes answering an offer, with a scripted <see cref="IVoiceNoteReader"/> standing in for
/// speech-to-text: what was heard is always confirmed before it is done.
/// </summary>
public sealed class VoiceNoteTranscriptTests : IDisposable
{
    private const string NoteUrl = "http://127.0.0.1:9/media/note.ogg";

    private readonly ScriptedVoiceNoteReader _reader = new();
    private readonly TestFlow _flow;

    public VoiceNoteTranscriptTests()
    {
        _flow = new TestFlow(services => services.AddSingleton<IVoiceNoteReader>(_reader));
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task VoiceNote_ArtisanSaysAmount_ConfirmedThenCounterRecordedAndBuyerTold()
    {
        await OfferForTajineAsync(_flow, "250");
        _reader.Next = Heard(VoiceAnswerKind.Counter, 280);

        await SendNote(ArtisanPhone)
            .ExpectReply(r =>
            {
                r.Should().StartWith("🎙️ Vous avez dit : proposer 280 MAD pour Tajine bleu.");
                r.Should().Contain("1️⃣ ✅ Envoyer").And.Contain("2️⃣ ✏️ Non, changer");
            })
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone, "nothing is sent before it is confirmed");
        _reader.Heard.Should().ContainSingle().Which.Should().Be((NoteUrl, "fr"));
        (await OpenAsync()).AmountMad.Should().Be(250);

        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().Contain("Votre prix de 280 MAD pour Tajine bleu est envoyé"))
            .ExpectNotification(BuyerPhone, n => n.Should().StartWith("🔁 Atelier Fatima answers: 280 MAD"))
            .ExpectNoMoreReplies();

        var open = await OpenAsync();
        open.AmountMad.Should().Be(280);
        open.AwaitingAnswerFrom.Should().Be(Party.Buyer);
    }

    [Fact]
    public async Task VoiceNote_AmountOfTheStandingOffer_ConfirmedAsAcceptanceThenDeal()
    {
        await OfferForTajineAsync(_flow, "250");
        var open = await OpenAsync();
        _reader.Next = Heard(VoiceAnswerKind.Counter, 250);

        await SendNote(ArtisanPhone)
            .ExpectReply(r => r.Should().StartWith("🎙️ Vous avez dit : accepter 250 MAD pour Tajine bleu."))
            .ExpectNoMoreReplies();
        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD.\n🧾 Marché n° "))
            .ExpectNotification(BuyerPhone, n => n.Should().StartWith("🤝 Deal! Tajine bleu from Atelier Fatima for 250 MAD.\n🧾 Deal no. "))
            .ExpectNoMoreReplies();

        (await _flow.Store.FindDealByNegotiationAsync(open.Id))!.PriceMad.Should().Be(250);
    }

    [Fact]
    public async Task VoiceNote_ArtisanTapsChange_MenuAgainAndNothingRecorded()
    {
        await OfferForTajineAsync(_flow, "250");
        _reader.Next = Heard(VoiceAnswerKind.Decline, null);

        await SendNote(ArtisanPhone)
            .ExpectReply(r => r.Should().StartWith("🎙️ Vous avez dit : refuser l'offre pour Tajine bleu."));
        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Contain("1️⃣ ✅").And.Contain("3️⃣ ❌"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().OnlyContain(m => m.IsReply);
        (await OpenAsync()).AmountMad.Should().Be(250);
    }

    [Fact]
    public async Task VoiceNote_BuyerSaysDecline_ConfirmedThenDeclinedAndArtisanTold()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "290");
        _reader.Next = Heard(VoiceAnswerKind.Decline, null);

        await SendNote(BuyerPhone)
            .ExpectReply(r => r.Should().StartWith("🎙️ You said: decline the offer for Tajine bleu."));
        await _flow.Send(BuyerPhone, "1")
            .ExpectNotification(ArtisanPhone, n => n.Should().NotBeEmpty());

        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId)).Should().BeNull();
        _reader.Heard.Should().ContainSingle().Which.Language.Should().Be("en");
    }

    [Theory]
    [InlineData(VoiceNoteReadingStatus.NotConfigured, "🎙️ Désolé, je ne peux pas encore écouter")]
    [InlineData(VoiceNoteReadingStatus.Failed, "🎙️ Désolé, je n'ai pas compris votre message vocal.")]
    public async Task VoiceNote_NotHeard_ToldAndMenuAgainAndNotePassedOnAsAudio(
        VoiceNoteReadingStatus status,
        string apology)
    {
        await OfferForTajineAsync(_flow, "250");
        _reader.Next = VoiceNoteReading.Because(status);

        await SendNote(ArtisanPhone)
            .ExpectReply(r => r.Should().StartWith(apology))
            .ExpectReply(r => r.Should().Contain("1️⃣ ✅").And.Contain("2️⃣ 🔁").And.Contain("3️⃣ ❌"))
            .ExpectNotification(BuyerPhone, n => n.Should().Be("🎙️ [Atelier Fatima · Tajine bleu] voice note"))
            .ExpectNoMoreReplies();

        var relayed = _flow.LastMessages.Single(m => m.ToPersonId == BuyerPhone);
        relayed.MediaUrls.Should().Equal(NoteUrl);
        (await OpenAsync()).AmountMad.Should().Be(250);
    }

    [Fact]
    public async Task VoiceNote_WordsThatAreNoAnswer_PassedOnAsAudio()
    {
        await OfferForTajineAsync(_flow, "250");
        _reader.Next = new VoiceNoteReading { Status = VoiceNoteReadingStatus.Heard, Transcript = "salam" };

        await SendNote(ArtisanPhone)
            .ExpectReply(r => r.Should().StartWith("🎙️ Désolé, je n'ai pas compris"))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("voice note"));
    }

    [Fact]
    public async Task VoiceNote_NoReaderRegistered_DefaultSaysNotConfigured()
    {
        using var flow = new TestFlow();
        await SeedAsync(flow);
        await SeedBuyerAsync(flow);
        await OfferForTajineAsync(flow, "250");

        await flow.Send(ArtisanPhone, "", Channel.WhatsApp, new MediaAttachment(NoteUrl, "audio/ogg"))
            .ExpectReply(r => r.Should().StartWith("🎙️ Désolé, je ne peux pas encore écouter"))
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("voice note"));
    }

    [Fact]
    public async Task VoiceNote_CounterBelowTheBuyersOffer_WarnedInsteadOfSendItThenOneAccepts()
    {
        await OfferForTajineAsync(_flow, "250");
        var open = await OpenAsync();
        _reader.Next = Heard(VoiceAnswerKind.Counter, 200);

        await SendNote(ArtisanPhone)
            .ExpectReply(r =>
            {
                r.Should().StartWith("⚠️ Attention ! Un acheteur propose déjà 250 MAD pour Tajine bleu. "
                    + "Votre prix de 200 MAD n'est pas plus haut");
                r.Should().Contain("1️⃣ ✅ Accepter son prix").And.NotContain("Envoyer");
            })
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);

        await _flow.Send(ArtisanPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Marché conclu ! Un acheteur achète Tajine bleu pour 250 MAD."))
            .ExpectNotification(BuyerPhone, n => n.Should().StartWith("🤝 Deal!"));
        (await _flow.Store.FindDealByNegotiationAsync(open.Id))!.PriceMad.Should().Be(250);
    }

    private TestTurn SendNote(string phone) =>
        _flow.Send(phone, "", Channel.WhatsApp, new MediaAttachment(NoteUrl, "audio/ogg"));

    private async Task<Storage.Model.Negotiation> OpenAsync() =>
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;

    private static VoiceNoteReading Heard(VoiceAnswerKind kind, decimal? amount) =>
        new() { Status = VoiceNoteReadingStatus.Heard, Kind = kind, Amount = amount, Transcript = "scripted" };

    /// <summary>A test double: answers the reading set in <see cref="Next"/> and records what it was asked.</summary>
    private sealed class ScriptedVoiceNoteReader : IVoiceNoteReader
    {
        public VoiceNoteReading Next { get; set; } = VoiceNoteReading.Because(VoiceNoteReadingStatus.Failed);

        public List<(string Url, string Language)> Heard { get; } = [];

        public Task<VoiceNoteReading> ReadAsync(
            MediaAttachment voiceNote,
            string language,
            CancellationToken cancellationToken)
        {
            Heard.Add((voiceNote.Url, language));
            return Task.FromResult(Next);
        }
    }
}
