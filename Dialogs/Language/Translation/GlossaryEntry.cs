namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// One marketplace phrase in every language; the first form of a language is the one written
/// out, the others are read. "{0}" stands for one protected value (a price, a product name).
/// </summary>
internal sealed record GlossaryEntry(IReadOnlyDictionary<string, string[]> Forms);
