using System.Collections.Frozen;

namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>
/// The number words of one language, looked up folded (see <see cref="TextFolding"/>), and the two habits
/// that change how they compose.
/// </summary>
internal sealed class NumberWordTable
{
    private readonly FrozenDictionary<string, NumberWord> _words;

    public NumberWordTable(
        string language,
        IEnumerable<KeyValuePair<string, NumberWord>> words,
        bool unitsBeforeTens = false,
        bool saysPricesInPairs = false)
    {
        Language = language;
        _words = words
            .Select(w => KeyValuePair.Create(TextFolding.Fold(w.Key), w.Value))
            .DistinctBy(w => w.Key)
            .ToFrozenDictionary(StringComparer.Ordinal);
        UnitsBeforeTens = unitsBeforeTens;
        SaysPricesInPairs = saysPricesInPairs;
    }

    public string Language { get; }

    /// <summary>Arabic says the unit first: "khamsa w 3echrin" is 5 + 20.</summary>
    public bool UnitsBeforeTens { get; }

    /// <summary>English says "one fifty" for 150 (or 1.50).</summary>
    public bool SaysPricesInPairs { get; }

    public bool TryGet(string word, out NumberWord number) =>
        _words.TryGetValue(word, out number) || TryGetWithJoinedAnd(word, out number);

    /// <summary>Arabic writes "and" joined to the next word: "وخمسمية".</summary>
    public bool StartsWithJoinedAnd(string word) =>
        UnitsBeforeTens && word.Length > 2 && word[0] == '\u0648' && _words.ContainsKey(word[1..]);

    private bool TryGetWithJoinedAnd(string word, out NumberWord number)
    {
        number = default;
        return StartsWithJoinedAnd(word) && _words.TryGetValue(word[1..], out number);
    }
}
