using SoukPlay.Dialogs.Language;

namespace SoukPlay.Dialogs.Tests.Language;

public sealed class ArabiziRecognizerTests
{
    public static TheoryData<string> Darija => new()
    {
        "salam, bghit n3ref chhal",
        "wach kayn chi 7aja",
        "3afak",
        "salam khoya, ch7al had tajine?",
        "bghit nchri zarbia kbira",
        "wakha, ghadi nsifet lik tswira daba",
        "had sl3a ghalia bzaf",
        "ana f marrakech, fin nta?",
        "mzyan, safi ntfahmo",
        "la khoya, 3tini chi taman mzyan",
        "kifach nkhelsek?",
        "labas 3lik? hamdoulah",
        "inchallah ghda nsifetha",
        "wach t9der tnqess chwiya",
        "ma3ndich bzaf dyal lflous",
        "choukran bzaf a khti",
        "dial men had zarbia?",
        "kayna f lhanout dyali",
        "3ndi tlata dyal les tapis",
        "chno bghiti nta?",
        "sme7li, ma fhemtch",
        "wakha a sahbi, nta m3ak l7aq",
        "bach ghadi tkhlas?",
        "had l7aja zwina walakin ghalia",
        "3lach ghalia hakka?",
        "nbi3 lik b mitayn",
        "9oli chhal bghiti",
    };

    public static TheoryData<string> Others => new()
    {
        "Bonjour, combien coûte ce tapis ?",
        "Je voudrais acheter deux tajines",
        "C'est trop cher pour moi",
        "Merci beaucoup, à demain",
        "Est-ce que vous livrez en France ?",
        "Oui je prends les deux",
        "Hello, how much is this rug?",
        "I would like to buy two of them",
        "Can you send it to Canada?",
        "Thanks, that is a good price",
        "What is the shipping cost to the UK?",
        "Please send me more photos",
        "Hola, cuánto cuesta la alfombra?",
        "Quiero comprar dos por favor",
        "Es muy caro para mí",
        "Gracias, está muy bonita",
        "Puedo pagar con tarjeta?",
        "Buenos días, tienen envío a España?",
        "Le prix est de 300 euros avec la livraison",
        "I can pay 45 euros for it",
        "Mon numéro est le 06 12 34 56 78",
        "My order number is 25 and it is for 3 rugs",
        "Nous sommes 4 et nous voulons 2 tapis",
        "Pour 25dh c'est bon",
        "Está bien, lo compro por 200 dirhams",
        "We will be there at 5pm",
    };

    [Theory]
    [MemberData(nameof(Darija))]
    public void IsArabizi_DarijaInLatinLetters_ReturnsTrue(string text)
    {
        ArabiziRecognizer.Score(text).IsArabizi.Should().BeTrue(
            "\"{0}\" is Darija (scores {1})", text, ArabiziRecognizer.Score(text));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void IsArabizi_FrenchEnglishOrSpanish_ReturnsFalse(string text)
    {
        ArabiziRecognizer.Score(text).IsArabizi.Should().BeFalse(
            "\"{0}\" is not Darija (scores {1})", text, ArabiziRecognizer.Score(text));
    }

    [Fact]
    public void Score_DigitsAndEmojiOnly_CountsNoWords()
    {
        var score = ArabiziRecognizer.Score("200 👍 3");

        score.Words.Should().Be(0);
        score.IsArabizi.Should().BeFalse();
    }

    [Fact]
    public void Score_DigitLettersWithoutKnownWords_StillLeansToDarija()
    {
        var score = ArabiziRecognizer.Score("t9der t3awnni f had 7wayej");

        score.Darija.Should().BeGreaterThan(score.French);
        score.IsArabizi.Should().BeTrue();
    }
}
