using SoukPlay.Dialogs.Language;

namespace SoukPlay.Bot.Translation;

/// <summary>
/// Our language codes as Azure Translator knows them. Azure has no Moroccan Arabic (Darija):
/// Darija in Arabic script is sent as Arabic ("ar"), which Azure reads reasonably because the
/// script and much vocabulary are shared, and the result is marked reduced-quality; Arabizi
/// (Darija in Latin letters) is never sent, because Azure would read it as a Latin language and
/// answer nonsense, so it goes to the glossary (or choose the llm provider, which handles it).
/// Tamazight in Tifinagh is not sent either.
/// </summary>
internal static class AzureLanguages
{
    /// <summary>The Azure code, or null when Azure must not be asked.</summary>
    public static string? ToAzure(string language) => language switch
    {
        LanguageCodes.Darija or LanguageCodes.Arabic => "ar",
        LanguageCodes.French or LanguageCodes.English or LanguageCodes.Spanish => language,
        _ => null,
    };

    public static bool IsApproximated(string language) => language == LanguageCodes.Darija;
}
