namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>
/// Number words per language, written as the people of each language type them. Spellings are
/// given folded (no accents, no hamza, ة as ه) because the input is folded the same way.
/// </summary>
internal static partial class NumberWordTables
{
    public static IReadOnlyList<NumberWordTable> All { get; } =
        [Darija(), Arabizi(), Arabic(), French(), English(), Spanish()];

    private static IEnumerable<KeyValuePair<string, NumberWord>> Words(
        NumberWordKind kind,
        params (int Value, string Spellings)[] entries) =>
        entries.SelectMany(e => e.Spellings.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => KeyValuePair.Create(s, new NumberWord(kind, e.Value))));

    private static IEnumerable<KeyValuePair<string, NumberWord>> Values(
        params (int Value, string Spellings)[] entries) => Words(NumberWordKind.Value, entries);

    private static IEnumerable<KeyValuePair<string, NumberWord>> Multipliers(
        string hundreds,
        string thousands) =>
        Words(NumberWordKind.Hundred, (100, hundreds))
            .Concat(Words(NumberWordKind.Thousand, (1000, thousands + " k")));

    private static IEnumerable<KeyValuePair<string, NumberWord>> Joiners(string spellings) =>
        Words(NumberWordKind.And, (0, spellings));

    private static IEnumerable<KeyValuePair<string, NumberWord>> Ones(string spellings) =>
        Words(NumberWordKind.One, (1, spellings));
}
