namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// A text whose numbers, prices, emoji, product names and shop codes were replaced by
/// placeholders (⟦0⟧, ⟦1⟧…), and the values to put back.
/// </summary>
public sealed record ProtectedText(string Text, IReadOnlyList<string> Values)
{
    public string Restore(string translated) => TextProtector.Restore(translated, Values);
}
