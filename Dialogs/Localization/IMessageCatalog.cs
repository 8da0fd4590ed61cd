namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// The texts the bot says, one catalogue per language, looked up by key. Dialogs never hold
/// literal sentences: they name a key and its arguments.
/// </summary>
public interface IMessageCatalog
{
    /// <summary>The language codes of every loaded catalogue (fr, en, ary, ...).</summary>
    IReadOnlyCollection<string> Languages { get; }

    /// <summary>Whether the catalogue of <paramref name="language"/> is written right to left.</summary>
    bool IsRightToLeft(string language);

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="language"/> with its <c>{name}</c>
    /// placeholders filled from <paramref name="args"/>. Falls back to the catalogue the language
    /// names under <c>language.fallback</c> (if any), then to English, then to the key itself, so
    /// a missing text never silences a turn.
    /// </summary>
    string Format(string language, string key, IReadOnlyDictionary<string, object?>? args = null);

    /// <summary>
    /// The words stored under <paramref name="key"/> (one text split by <c>|</c>), in
    /// <paramref name="language"/>, or in its fallback catalogue, then English, when that catalogue
    /// lacks the key.
    /// </summary>
    IReadOnlyList<string> Words(string language, string key);

    /// <summary>Whether <paramref name="language"/>'s own catalogue (no fallback) has the key.</summary>
    bool Contains(string language, string key);
}
