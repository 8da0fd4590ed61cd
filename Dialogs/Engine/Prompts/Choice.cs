namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// One option of a menu: a stable <see cref="Value"/> the code reads, an emoji icon, a catalogue
/// key for its label, and optionally a catalogue key whose <c>|</c>-separated words also pick it.
/// </summary>
public sealed record Choice(string Value, string LabelKey, string? Emoji = null, string? WordsKey = null)
{
    /// <summary>
    /// When set, the label and words are read from this language's catalogue whatever the
    /// reader's language (a language menu shows "Français" and "English" to everyone).
    /// </summary>
    public string? LabelLanguage { get; init; }
}
