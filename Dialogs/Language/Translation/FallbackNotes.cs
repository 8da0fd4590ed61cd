namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>The short note that goes with an untranslated original, in the reader's language.</summary>
public static class FallbackNotes
{
    public static string For(string readerLanguage) => readerLanguage switch
    {
        LanguageCodes.Darija => "(ما تترجمش دابا، ها الميساج كيفما تكتب)",
        LanguageCodes.Arabizi => "(ma t-trejmch daba, ha lmessage kima tkteb)",
        LanguageCodes.Arabic => "(تعذرت الترجمة الآن، هذه الرسالة كما كُتبت)",
        LanguageCodes.French => "(traduction indisponible pour le moment, message d'origine)",
        LanguageCodes.Spanish => "(traducción no disponible por ahora, mensaje original)",
        _ => "(translation unavailable right now, original message)",
    };
}
