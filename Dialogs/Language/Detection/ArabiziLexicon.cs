using System.Collections.Frozen;

namespace SoukPlay.Dialogs.Language.Detection;

/// <summary>
/// Short, frequent words that give a language away in chat: Darija as people spell it in Latin
/// letters, and the function words of French, English and Spanish. Words two of these share
/// ("la", "de", "no") are left out on purpose.
/// </summary>
internal static class ArabiziLexicon
{
    public static FrozenSet<string> Darija { get; } = Set(
        "salam slm salamo bghit bghiti bghina bgha bghat wach wash kayn kayna kayen kaynin chi "
        + "chno chnou achno ach chhal ch7al sh7al bzaf bezaf bzzaf daba mzyan mezyan mzyana wakha "
        + "safi afak 3afak lah khoya khouya khti hada hadi hadou dyal dial diali dialk dyali "
        + "dyalek nta nti ntouma howa hiya homa hna fin feen fayn kifach kifash kidayr kidayra labas "
        + "hamdoulah hamdullah lhamdulillah inchallah nchallah flous flouss lflous rkhis rkhisa "
        + "ghali ghalia ndir ghadi ghad kant kan machi mashi walakin wla lyoum lyom ghda ghedda m3a "
        + "m3ak m3aya chokran choukran chkran baraka barak zwin zwina mrhba marhba nchri nbi3 bi3 "
        + "chri taman tamn drahem ryal rial kolchi koulchi walou walo bach bash 3lach 3lah "
        + "3ndi 3ndk 3andi 3andek 3la 3lik ana 7na ntoma sl3a sel3a l7aja 7aja n3ref n3raf "
        + "nakhod nakhd ndwi tkhlas khles khellas dghya doba lbare7 hnaya temma tma lwa9t wa9t "
        + "mzyanin smahli sme7li smh mrid kayna3 ghir ghi sahbi sa7bi");

    public static FrozenSet<string> French { get; } = Set(
        "le les des du je tu il nous vous est et une pour avec pas que qui bonjour merci combien "
        + "prix c'est ça ca oui mais tres très sur dans au aux ce cette mon ma mes votre vos sont "
        + "avez avoir faire peux veux voudrais livraison acheter salut bonsoir beaucoup quel "
        + "quelle aussi encore");

    public static FrozenSet<string> English { get; } = Set(
        "the is are you i and to of for with how much what price hello hi please thanks thank "
        + "can this that do it my your have want would like buy shipping yes how's what's there "
        + "will does could send many");

    public static FrozenSet<string> Spanish { get; } = Set(
        "el los las que y es por para con hola gracias cuanto cuánto cuesta precio quiero una "
        + "muy esta está estoy tiene tienen puedo envio envío comprar buenos buenas dias días "
        + "favor también pero como cómo usted");

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(TextFolding.Fold)
            .ToFrozenSet(StringComparer.Ordinal);
}
