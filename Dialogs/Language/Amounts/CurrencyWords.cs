using System.Collections.Frozen;

namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>Currency names and signs as people write them, folded, to ISO 4217 codes.</summary>
internal static class CurrencyWords
{
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["dh"] = "MAD", ["dhs"] = "MAD", ["dhm"] = "MAD", ["mad"] = "MAD", ["dirham"] = "MAD",
        ["dirhams"] = "MAD", ["drahem"] = "MAD", ["درهم"] = "MAD", ["دراهم"] = "MAD",
        ["درهما"] = "MAD", ["د.م"] = "MAD", ["€"] = "EUR", ["eur"] = "EUR", ["euro"] = "EUR",
        ["euros"] = "EUR", ["يورو"] = "EUR", ["اورو"] = "EUR", ["$"] = "USD", ["usd"] = "USD",
        ["dollar"] = "USD", ["dollars"] = "USD", ["dolar"] = "USD", ["dolares"] = "USD",
        ["دولار"] = "USD", ["£"] = "GBP", ["gbp"] = "GBP", ["pounds"] = "GBP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string folded, out string code) =>
        Codes.TryGetValue(folded, out code!);
}
