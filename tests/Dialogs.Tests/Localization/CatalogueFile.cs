using System.Text.Json;
using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Tests.Localization;

/// <summary>
/// The raw texts of the catalogues embedded in the Dialogs assembly, read as the files are
/// written (no fallback), and the conventions the completeness tests rely on.
/// </summary>
internal static partial class CatalogueFile
{
    /// <summary>The seven languages the product speaks (issue 3).</summary>
    public static readonly string[] Languages = ["fr", "ary", "ary-Latn", "ar", "en", "es", "zgh"];

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> All = new(LoadAll);

    public static Dictionary<string, string> Read(string language) => All.Value[language];

    public static IReadOnlyCollection<string> Embedded => All.Value.Keys;

    /// <summary>
    /// The names of the placeholders of <paramref name="text"/>: <c>{name}</c>, and the name
    /// before the colon of a plural one (<c>{name:one=...|other=...}</c>).
    /// </summary>
    public static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(match => NameOf(match.Groups[1].Value))];

    /// <summary>The plural placeholders of <paramref name="text"/>.</summary>
    public static IEnumerable<PluralPlaceholder> PluralPlaceholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => PluralPlaceholder.Parse(match.Groups[1].Value))
            .OfType<PluralPlaceholder>();

    private static string NameOf(string placeholder) => PluralPlaceholder.Parse(placeholder)?.Name ?? placeholder;

    /// <summary>
    /// Whether <paramref name="key"/> holds a <c>|</c>-separated list of words people type,
    /// rather than a text the bot says.
    /// </summary>
    public static bool IsWordsKey(string key) =>
        key.Split('.').Contains("words") || key.StartsWith("command.", StringComparison.Ordinal);

    /// <summary>
    /// The menu a words key belongs to, by the catalogue's naming convention:
    /// <c>artisan.zone.rural.words</c> is an option of the menu <c>artisan.zone</c>,
    /// <c>words.role.buyer</c> of the menu <c>words.role</c>, <c>words.yes</c> of <c>words</c>,
    /// <c>negotiation.words.accept</c> of <c>negotiation.words</c>.
    /// Null for words that are no menu option: global commands, the carrier keywords of opting
    /// out (STOP, START), language names.
    /// </summary>
    public static string? MenuOf(string key)
    {
        if (key.StartsWith("command.", StringComparison.Ordinal)
            || key.StartsWith("optout.", StringComparison.Ordinal)
            || key == "language.words")
        {
            return null;
        }

        var option = key.EndsWith(".words", StringComparison.Ordinal) ? key[..^".words".Length] : key;
        var dot = option.LastIndexOf('.');
        return dot < 0 ? option : option[..dot];
    }

    /// <summary>
    /// The label key shown for a words key's option, when the catalogue has one:
    /// <c>x.words</c> → <c>x</c>, <c>words.role.buyer</c> → <c>role.buyer</c>,
    /// <c>words.yes</c> → <c>confirm.yes</c>, <c>negotiation.words.accept</c> →
    /// <c>negotiation.menu.accept</c>.
    /// </summary>
    public static string? LabelOf(string key, IReadOnlyDictionary<string, string> texts)
    {
        string[] candidates = key.EndsWith(".words", StringComparison.Ordinal)
            ? [key[..^".words".Length]]
            : key.StartsWith("words.", StringComparison.Ordinal)
                ? [key["words.".Length..], "confirm." + key["words.".Length..]]
                : [key.Replace(".words.", ".menu.", StringComparison.Ordinal)];

        return candidates.FirstOrDefault(texts.ContainsKey);
    }

    private static Dictionary<string, Dictionary<string, string>> LoadAll()
    {
        var assembly = typeof(MessageCatalog).Assembly;
        var catalogues = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(IsCatalogue))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var language = name["Messages.".Length..^".json".Length];
            catalogues[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
        }

        return catalogues;
    }

    private static bool IsCatalogue(string resource) =>
        resource.StartsWith("Messages.", StringComparison.Ordinal)
        && resource.EndsWith(".json", StringComparison.Ordinal);

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex PlaceholderPattern();
}
