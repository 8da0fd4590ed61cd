namespace SoukPlay.Dialogs.Language;

/// <summary>The language codes the catalogues, detection and translation share.</summary>
public static class LanguageCodes
{
    /// <summary>Moroccan Arabic (Darija) in Arabic script.</summary>
    public const string Darija = "ary";

    /// <summary>Darija in Latin letters with digits for sounds (Arabizi).</summary>
    public const string Arabizi = "ary-Latn";

    /// <summary>Modern Standard Arabic.</summary>
    public const string Arabic = "ar";

    public const string French = "fr";

    public const string English = "en";

    public const string Spanish = "es";

    /// <summary>Tamazight in Tifinagh.</summary>
    public const string Tamazight = "zgh";

    public static bool IsDarija(string language) =>
        language is Darija or Arabizi;
}
