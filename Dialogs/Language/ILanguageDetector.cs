namespace SoukPlay.Dialogs.Language;

/// <summary>Finds the language of free text, with the person's saved language as a strong prior.</summary>
public interface ILanguageDetector
{
    /// <param name="text">What the person wrote.</param>
    /// <param name="savedLanguage">The language saved for the person (a <see cref="LanguageCodes"/> code).</param>
    LanguageDetection Detect(string text, string savedLanguage);
}
