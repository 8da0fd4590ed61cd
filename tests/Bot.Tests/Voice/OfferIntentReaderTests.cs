using SoukPlay.Bot.Voice;
using SoukPlay.Dialogs.Language;

namespace SoukPlay.Bot.Tests.Voice;

public sealed class OfferIntentReaderTests
{
    private readonly OfferIntentReader _reader = new(new LookupAmountRecognizer());

    public static TheoryData<string, string, OfferIntentKind, int?> Transcripts => new()
    {
        // Darija in Latin letters
        { "ok mzyan nqbel", "ary-Latn", OfferIntentKind.Accept, null },
        { "wakha safi", "ary-Latn", OfferIntentKind.Accept, null },
        { "la", "ary-Latn", OfferIntentKind.Decline, null },
        { "la shukran", "ary-Latn", OfferIntentKind.Decline, null },
        { "ma bghitch", "ary-Latn", OfferIntentKind.Decline, null },
        { "bghit 300", "ary-Latn", OfferIntentKind.Counter, 300 },
        { "khliha b mitayn", "ary-Latn", OfferIntentKind.Counter, 200 },
        { "bghit ktar", "ary-Latn", OfferIntentKind.Counter, null },

        // Darija and Arabic in Arabic script
        { "موافق", "ary", OfferIntentKind.Accept, null },
        { "واخا، مزيان", "ary", OfferIntentKind.Accept, null },
        { "لا شكرا", "ary", OfferIntentKind.Decline, null },
        { "لا", "ar", OfferIntentKind.Decline, null },
        { "خليها ب 300", "ary", OfferIntentKind.Counter, 300 },
        { "خليها ب ٢٥٠", "ary", OfferIntentKind.Counter, 250 },
        { "بغيت تلاتمية", "ary", OfferIntentKind.Counter, 300 },
        { "نعم، أقبل", "ar", OfferIntentKind.Accept, null },
        { "لا أقبل", "ar", OfferIntentKind.Decline, null },
        { "مُوَافِقٌ", "ar", OfferIntentKind.Accept, null },

        // French
        { "je propose deux cents", "fr", OfferIntentKind.Counter, 200 },
        { "oui d'accord", "fr", OfferIntentKind.Accept, null },
        { "Non merci", "fr", OfferIntentKind.Decline, null },
        { "pas de problème", "fr", OfferIntentKind.Accept, null },
        { "je n'accepte pas", "fr", OfferIntentKind.Decline, null },
        { "c'est bon pour moi, ça marche", "fr", OfferIntentKind.Accept, null },
        { "la moitié peut-être", "fr", OfferIntentKind.Unknown, null },

        // English
        { "I can do 250", "en", OfferIntentKind.Counter, 250 },
        { "Yes, deal!", "en", OfferIntentKind.Accept, null },
        { "no thanks", "en", OfferIntentKind.Decline, null },
        { "no problem", "en", OfferIntentKind.Accept, null },
        { "how about two hundred", "en", OfferIntentKind.Counter, 200 },
        { "what is the weather", "en", OfferIntentKind.Unknown, null },
        { "yes no", "en", OfferIntentKind.Unknown, null },

        // Spanish
        { "acepto", "es", OfferIntentKind.Accept, null },
        { "Sí, de acuerdo", "es", OfferIntentKind.Accept, null },
        { "no gracias", "es", OfferIntentKind.Decline, null },
        { "no acepto", "es", OfferIntentKind.Decline, null },
        { "te doy doscientos", "es", OfferIntentKind.Counter, 200 },

        // An amount makes any answer a counter-offer, to be confirmed by menu.
        { "no, 300", "en", OfferIntentKind.Counter, 300 },
        { "", "en", OfferIntentKind.Unknown, null },
    };

    [Theory]
    [MemberData(nameof(Transcripts))]
    public void Read_Transcript_GivesIntentAndAmount(
        string transcript,
        string language,
        OfferIntentKind kind,
        int? amount)
    {
        var intent = _reader.Read(transcript, language);

        intent.Kind.Should().Be(kind);
        intent.Amount.Should().Be(amount);
    }

    [Fact]
    public void Read_AmbiguousAmount_GivesCounterWithCandidates()
    {
        var reader = new OfferIntentReader(new AmbiguousAmountRecognizer());

        var intent = reader.Read("mitayn u khamsin", "ary-Latn");

        intent.Kind.Should().Be(OfferIntentKind.Counter);
        intent.Amount.Should().BeNull();
        intent.AmountCandidates.Should().Equal(250m, 2050m);
    }

    private sealed class AmbiguousAmountRecognizer : IAmountRecognizer
    {
        public AmountRecognition Recognize(string text, string language) => AmountRecognition.Ambiguous(250, 2050);
    }
}
