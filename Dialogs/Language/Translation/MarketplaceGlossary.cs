namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// The phrases buyers and artisans send most during a negotiation, written for each language
/// (Darija in both scripts as Moroccans write it, not as a dictionary would).
/// </summary>
internal static class MarketplaceGlossary
{
    public static IReadOnlyList<GlossaryEntry> Entries { get; } =
    [
        Entry("السلام|سلام", "salam|slm|salam 3likom|salam alikoum|salamo 3alaykom",
            "مرحبا|السلام عليكم", "bonjour|salut|bonsoir", "hello|hi|good morning", "hola|buenos días"),
        Entry("شكرا|بارك الله فيك", "choukran|chokran|chkran|baraka lah fik|merci",
            "شكرا|شكرا جزيلا", "merci|merci beaucoup", "thank you|thanks|thank you very much",
            "gracias|muchas gracias"),
        Entry("واخا", "wakha|wakha a khoya|iyeh|ah", "حسنا|نعم", "d'accord|oui|ok",
            "okay|yes|ok", "vale|sí|de acuerdo"),
        Entry("لا", "la|lla|la shokran", "لا", "non|non merci", "no|no thanks", "no|no gracias"),
        Entry("شحال؟|بشحال؟", "chhal?|ch7al?|bchhal?|b ch7al?|chhal taman?", "كم السعر؟|بكم؟",
            "combien ?|c'est combien ?|quel est le prix ?", "how much?|how much is it?|what is the price?",
            "¿cuánto?|¿cuánto cuesta?|¿cuál es el precio?"),
        Entry("غالي بزاف", "ghali bzaf|ghalia bzaf|ghali bezaf|ghalia bezaf", "غالٍ جدا|السعر مرتفع",
            "c'est trop cher|trop cher", "it's too expensive|too expensive", "es demasiado caro|muy caro"),
        Entry("آخر ثمن؟", "akhir taman?|akhir thaman?|akher taman?", "ما هو آخر سعر؟|آخر سعر؟",
            "dernier prix ?|c'est votre dernier prix ?", "last price?|final price?|is that your best price?",
            "¿último precio?|¿es su último precio?"),
        Entry("صافي تفاهمنا", "safi tfahmna|safi ttafa9na|safi", "اتفقنا", "marché conclu|c'est d'accord",
            "it's a deal|deal", "trato hecho|de acuerdo, trato hecho"),
        Entry("بغيت نشري", "bghit nchri|bghit nechri", "أريد أن أشتري", "je veux acheter|je voudrais acheter",
            "i want to buy|i would like to buy", "quiero comprar"),
        Entry("صيفط ليا تصويرة", "sifet lia tswira|sifetli tswira|sift lia tswira", "أرسل لي صورة",
            "envoyez-moi une photo|envoie-moi une photo", "send me a photo|send me a picture",
            "envíame una foto|mándame una foto"),
        Entry("واش كاين؟|واش باقي كاين؟", "wach kayn?|wach kayna?|wach ba9i kayn?", "هل هو متوفر؟",
            "c'est disponible ?|il est toujours disponible ?", "is it available?|is it still available?",
            "¿está disponible?|¿sigue disponible?"),
        Entry("شحال التوصيل؟", "chhal tawsil?|ch7al livraison?|chhal livraison?", "كم سعر التوصيل؟",
            "combien pour la livraison ?|combien coûte la livraison ?", "how much is shipping?|how much is delivery?",
            "¿cuánto cuesta el envío?"),
        Entry("نعطيك {0}", "n3tik {0}|n3tik ghir {0}|nkhelsek {0}", "أعرض عليك {0}",
            "je vous propose {0}|je propose {0}", "i offer {0}|i can pay {0}|i can offer {0}",
            "le ofrezco {0}|puedo pagar {0}"),
        Entry("الثمن {0}", "taman {0}|taman dyalha {0}|taman dyalo {0}", "السعر {0}",
            "le prix est {0}|c'est {0}", "the price is {0}|it's {0}", "el precio es {0}|son {0}"),
        Entry("آخر ثمن {0}", "akhir taman {0}|akher taman {0}", "آخر سعر {0}", "dernier prix {0}",
            "last price {0}|final price {0}", "último precio {0}"),
        Entry("بسلامة", "bslama|beslama|bslama 3lik", "مع السلامة", "au revoir|à bientôt",
            "goodbye|bye|see you", "adiós|hasta luego"),
    ];

    private static GlossaryEntry Entry(string ary, string aryLatn, string ar, string fr, string en, string es) =>
        new(new Dictionary<string, string[]>
        {
            [LanguageCodes.Darija] = ary.Split('|'),
            [LanguageCodes.Arabizi] = aryLatn.Split('|'),
            [LanguageCodes.Arabic] = ar.Split('|'),
            [LanguageCodes.French] = fr.Split('|'),
            [LanguageCodes.English] = en.Split('|'),
            [LanguageCodes.Spanish] = es.Split('|'),
        });
}
