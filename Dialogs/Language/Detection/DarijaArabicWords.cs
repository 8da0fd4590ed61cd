using System.Collections.Frozen;

namespace SoukPlay.Dialogs.Language.Detection;

/// <summary>
/// Words common in Darija written in Arabic script and rare in Modern Standard Arabic; Lingua
/// reads both as Arabic, so these tell them apart.
/// </summary>
internal static class DarijaArabicWords
{
    public static FrozenSet<string> Words { get; } =
        ("بغيت بغينا بغيتي ديال ديالي ديالك واش شحال كاين كاينه دابا بزاف مزيان علاش فين غادي "
        + "شي عافاك واخا صافي حيت كيفاش هادا هادي نتا نتي خويا ختي ماشي والو كولشي تاني")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(TextFolding.Fold)
        .ToFrozenSet(StringComparer.Ordinal);
}
