using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// Reads every catalogue embedded as <c>Messages.{lang}.json</c> (a flat object of key to text).
/// A catalogue is right to left when its <c>language.direction</c> key says <c>rtl</c>.
/// A catalogue may name, under <c>language.fallback</c>, the catalogue its readers understand
/// best after their own (Tamazight names Darija): a key it lacks is looked up there, then in
/// English. Placeholders are isolated for right to left by the direction of the catalogue the
/// text actually came from, and plural placeholders (<see cref="PluralPlaceholder"/>) take that
/// catalogue's plural rules.
/// </summary>
public sealed class MessageCatalog : IMessageCatalog
{
    /// <summary>The language every lookup falls back to.</summary>
    public const string FallbackLanguage = "en";

    /// <summary>The key a catalogue uses to say which way it is written.</summary>
    public const string DirectionKey = "language.direction";

    /// <summary>The key a catalogue uses to name the catalogue its missing keys come from.</summary>
    public const string FallbackKey = "language.fallback";

    private const string ResourcePrefix = "Messages.";
    private const string ResourceSuffix = ".json";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _catalogues;

    public MessageCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> catalogues)
    {
        ArgumentNullException.ThrowIfNull(catalogues);

        _catalogues = catalogues.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Languages => _catalogues.Keys;

    /// <summary>Loads every catalogue embedded in the Dialogs assembly.</summary>
    public static MessageCatalog LoadEmbedded() => LoadEmbedded(typeof(MessageCatalog).Assembly);

    /// <summary>Loads every <c>Messages.{lang}.json</c> resource of <paramref name="assembly"/>.</summary>
    public static MessageCatalog LoadEmbedded(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var catalogues = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var language = name[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            catalogues[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        }

        return new MessageCatalog(catalogues);
    }

    public bool IsRightToLeft(string language) =>
        Lookup(language, DirectionKey) is { } direction
        && direction.Equals("rtl", StringComparison.OrdinalIgnoreCase);

    public bool Contains(string language, string key) =>
        _catalogues.TryGetValue(language, out var texts) && texts.ContainsKey(key);

    public string Format(string language, string key, IReadOnlyDictionary<string, object?>? args = null)
    {
        ArgumentNullException.ThrowIfNull(key);

        var found = Find(language, key);
        if (found is not { } text)
        {
            return key;
        }

        if (args is null || args.Count == 0)
        {
            return text.Template;
        }

        return Fill(text.Template, args, text.Language, IsRightToLeft(text.Language));
    }

    public IReadOnlyList<string> Words(string language, string key)
    {
        if (Find(language, key) is not { } text)
        {
            return [];
        }

        return text.Template.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The languages a lookup in <paramref name="language"/> tries, in order: its own catalogue,
    /// the one its <c>language.fallback</c> names (one step, never a chain), then English.
    /// </summary>
    public IReadOnlyList<string> FallbackChain(string language)
    {
        List<string> chain = [language ?? ""];
        if (Lookup(language, FallbackKey) is { Length: > 0 } fallback
            && !chain.Contains(fallback, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(fallback);
        }

        if (!chain.Contains(FallbackLanguage, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(FallbackLanguage);
        }

        return chain;
    }

    private (string Template, string Language)? Find(string language, string key)
    {
        foreach (var candidate in FallbackChain(language))
        {
            if (Lookup(candidate, key) is { } template)
            {
                return (template, candidate);
            }
        }

        return null;
    }

    private string? Lookup(string? language, string key) =>
        _catalogues.TryGetValue(language ?? "", out var texts) && texts.TryGetValue(key, out var text)
            ? text
            : null;

    /// <summary>
    /// Fills <c>{name}</c> placeholders, and plural ones (<see cref="PluralPlaceholder"/>) by the
    /// plural rules of the language the template came from.
    /// </summary>
    private static string Fill(
        string template,
        IReadOnlyDictionary<string, object?> args,
        string language,
        bool rtl)
    {
        var builder = new StringBuilder(template.Length + 32);
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, index, template.Length - index);
                break;
            }

            builder.Append(template, index, open - index);
            var name = template[(open + 1)..close];
            var plural = PluralPlaceholder.Parse(name);
            if (args.TryGetValue(plural?.Name ?? name, out var value))
            {
                var text = PlaceholderValue.ToText(value);
                text = rtl && Bidi.NeedsIsolation(text) ? Bidi.Isolate(text) : text;
                builder.Append(plural is null ? text : plural.Render(language, value, text));
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            index = close + 1;
        }

        return builder.ToString();
    }
}
