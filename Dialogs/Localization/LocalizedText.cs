using System.Text.Json.Serialization;

namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// A catalogue key and its arguments: what a dialog means to say, rendered in the reader's
/// language only when the message is written. It serializes to JSON, so prompts keep it in their
/// saved state to ask again after a restart; keep argument values to strings, numbers and bools.
/// </summary>
public sealed record LocalizedText
{
    [JsonConstructor]
    public LocalizedText(string key, IReadOnlyDictionary<string, object?>? args = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);

        Key = key;
        Args = args;
    }

    public string Key { get; }

    public IReadOnlyDictionary<string, object?>? Args { get; }

    public static implicit operator LocalizedText(string key) => new(key);

    /// <summary>Renders the text in <paramref name="language"/>.</summary>
    public string Render(IMessageCatalog catalog, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        return catalog.Format(language, Key, Args);
    }
}
