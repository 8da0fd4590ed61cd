namespace SoukPlay.Bot.Voice;

/// <summary>
/// Words and phrases for accepting, declining and countering an offer in English, French,
/// Spanish, Arabic and Darija (Arabic script and Latin "chat" spelling), written in the form
/// <see cref="TranscriptText"/> gives. Longer phrases win over the words inside them, so
/// "no problem" accepts and "لا اقبل" declines.
/// </summary>
/// <remarks>
/// A word list, not a language model: it hears the common ways of saying yes, no and "I want X"
/// and answers <see cref="OfferIntentKind.Unknown"/> for the rest, which sends the person to the
/// menu. Words that mean something else in another language ("la" is the French article, "ah"
/// an English filler) count only for the languages where they are an answer.
/// </remarks>
internal static class OfferIntentVocabulary
{
    private static readonly string[] Darija = ["ary", "ar"];

    public static IReadOnlyList<VocabularyEntry> Entries { get; } =
    [
        .. Many(OfferIntentKind.Accept, null,
            "yes", "yeah", "ok", "okay", "accept", "i accept", "agree", "i agree", "deal", "fine", "sure",
            "no problem", "sounds good", "good", "alright",
            "oui", "d accord", "daccord", "j accepte", "accepte", "ca marche", "ca va", "pas de probleme",
            "entendu", "volontiers", "bien sur",
            "si", "acepto", "vale", "de acuerdo", "trato hecho", "claro", "esta bien",
            "wakha", "waxxa", "mzyan", "mzian", "nqbel", "qbelt", "mwafeq", "mwafaq", "safi", "iyeh",
            "ma kayn mochkil", "makayn mochkil", "ma kayn mushkil", "labas",
            "موافق", "نعم", "واخا", "وخا", "مزيان", "نقبل", "قبلت", "اقبل", "صافي", "ايه", "حسنا",
            "تمام", "اتفقنا", "مقبول", "اوكي", "ما كاين مشكل", "ماكاين مشكل", "ما كاين باس"),
        .. Many(OfferIntentKind.Accept, Darija, "ah", "iyah"),
        .. Many(OfferIntentKind.Decline, null,
            "no", "nope", "decline", "i decline", "refuse", "i refuse", "reject", "no thanks",
            "no thank you", "not interested", "not ok", "not good", "no good", "don t accept",
            "do not accept", "can t accept", "cannot accept",
            "non", "non merci", "je refuse", "pas interesse", "pas question", "jamais",
            "pas d accord", "n accepte pas",
            "no gracias", "rechazo", "no acepto", "no me interesa", "nunca", "no estoy de acuerdo",
            "la shukran", "la choukran", "la chokran", "lla", "mabghitch", "ma bghitch", "manbghich",
            "ma nqbelch", "manqbelch",
            "لا", "لا شكرا", "ما بغيتش", "مابغيتش", "ما نقبلش", "مانقبلش", "نرفض", "ارفض", "مرفوض",
            "لا اقبل", "مش موافق", "غير موافق", "ماشي موافق", "ماشي مزيان"),
        .. Many(OfferIntentKind.Decline, Darija, "la"),
        .. Many(OfferIntentKind.Counter, null,
            "i can do", "can do", "how about", "what about", "i offer", "counter", "i want", "i propose",
            "make it", "my price", "i can pay", "i ll pay", "i would pay",
            "je propose", "propose", "je vous propose", "je peux faire", "disons", "mon prix", "je veux",
            "je donne", "je paie",
            "ofrezco", "propongo", "puedo hacer", "te doy", "que tal", "mi precio", "dejalo en",
            "bghit", "nbghi", "khliha", "khalliha", "ndir", "ndirha", "3tini", "atini", "nkhalas",
            "بغيت", "نبغي", "خليها", "خليه", "نديرها", "عطيني", "اقترح", "نعطيك", "نخلص", "ندفع"),
    ];

    private static IEnumerable<VocabularyEntry> Many(
        OfferIntentKind kind,
        IReadOnlyList<string>? languages,
        params string[] phrases) =>
        phrases.Select(p => new VocabularyEntry(TranscriptText.Tokens(p), kind, languages));
}
