using SoukPlay.Dialogs.Language;

namespace SoukPlay.Bot.Translation;

/// <summary>The instructions given to the language model, written for Darija and Arabizi.</summary>
internal static class LlmPrompt
{
    public const string System = """
        You translate short chat messages between buyers and Moroccan artisans on a marketplace.
        Messages are often in Moroccan Arabic (Darija), written either in Arabic script or in
        Latin letters with digits standing for Arabic sounds (Arabizi): 2 = ء, 3 = ع, 5 = خ,
        7 = ح, 9 = ق, and "ch" = ش, "kh" = خ, "gh" = غ. Darija mixes in French and Spanish
        words ("tapis", "livraison", "taman" is price, "bzaf" is a lot, "wakha" is okay,
        "chhal" is how much, "ghali" is expensive, "bghit" is I want). Read it as Darija, not
        as French or English, even when the spelling varies.
        Rules:
        - Answer with the translation only: no quotes, no explanations, no notes.
        - Keep every placeholder such as ⟦0⟧ or ⟦12⟧ exactly as written, brackets included;
          move it where the target language needs it, never translate, renumber or drop it.
        - Keep the tone: polite, short, as a person would write in a chat.
        - When writing Darija in Latin letters, use the same Arabizi digits; when writing
          Darija in Arabic script, write it as Moroccans do, not as Modern Standard Arabic.
        - If the message is already in the target language, return it unchanged.
        """;

    public static string ForText(string text, string sourceLanguage, string targetLanguage) =>
        $"Translate from {Describe(sourceLanguage)} to {Describe(targetLanguage)}:\n{text}";

    public static string Describe(string language) => language switch
    {
        LanguageCodes.Darija => "Moroccan Arabic (Darija) in Arabic script",
        LanguageCodes.Arabizi => "Moroccan Arabic (Darija) in Latin letters with digits (Arabizi)",
        LanguageCodes.Arabic => "Modern Standard Arabic",
        LanguageCodes.French => "French",
        LanguageCodes.English => "English",
        LanguageCodes.Spanish => "Spanish",
        LanguageCodes.Tamazight => "Standard Moroccan Tamazight in Tifinagh script",
        _ => language,
    };
}
