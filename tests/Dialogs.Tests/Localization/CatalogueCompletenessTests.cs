using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Tests.Localization;

/// <summary>
/// Every catalogue says everything English says, with the same placeholders, and its words
/// lists can be told apart. English (<c>en.json</c>) is the reference for the set of keys.
/// </summary>
public sealed class CatalogueCompletenessTests
{
    /// <summary>
    /// The keys a catalogue may leave to its <c>language.fallback</c> catalogue, by language.
    /// Tamazight (zgh) falls back to Darija in Arabic script (ary), which its readers are far
    /// likelier to read than English; only the long explanations below are left to Darija,
    /// because we could not write them well in Tamazight. Menus, onboarding, the artisan menu,
    /// listing and every words list are written in Tifinagh and may not be left out.
    /// </summary>
    private static readonly Dictionary<string, string[]> MayFallBack = new(StringComparer.Ordinal)
    {
        ["zgh"] = ["listing.waiting", "artisan.floor.ask", "artisan.accept.ask"],
    };

    /// <summary>
    /// Menus where one option's longer phrase holds another option's word, known and kept:
    /// "near town" (peri-urban) holds "town" (urban), "قريب من المدينة" holds "المدينة". Taking
    /// the short word away would lose the answer most people give, so a reply of the long phrase
    /// is refused as naming two options and the person is asked for the number. Known
    /// shortcoming: ChoiceRecognizer should let a reply that is exactly one option's word win
    /// over words found inside it; until then, this list keeps every other collision failing.
    /// </summary>
    private static readonly HashSet<(string Menu, string Option, string Inside)> KnownPhraseOverlaps =
    [
        ("artisan.zone", "artisan.zone.periurban.words", "artisan.zone.urban.words"),
    ];

    private static readonly Dictionary<string, string> English = CatalogueFile.Read(MessageCatalog.FallbackLanguage);

    public static TheoryData<string> Languages => [.. CatalogueFile.Languages];

    public static TheoryData<string> Translations =>
        [.. CatalogueFile.Languages.Where(language => language != MessageCatalog.FallbackLanguage)];

    [Fact]
    public void Embedded_TheSevenLanguages_AndNoOther()
    {
        CatalogueFile.Embedded.Should().BeEquivalentTo(CatalogueFile.Languages);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_EveryEnglishKey_NoneMissing(string language)
    {
        var allowed = MayFallBack.GetValueOrDefault(language) ?? [];

        var missing = English.Keys.Except(CatalogueFile.Read(language).Keys).Except(allowed);

        missing.Should().BeEmpty("catalogue {0} should translate every English key", language);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_OnlyEnglishKeys_NoneUnknown(string language)
    {
        var unknown = CatalogueFile.Read(language).Keys.Except(English.Keys).Except([MessageCatalog.FallbackKey]);

        unknown.Should().BeEmpty("catalogue {0} should hold no key English does not have", language);
    }

    [Fact]
    public void MayFallBack_OnlyExplanations_WhoseFallbackCatalogueHasThem()
    {
        foreach (var (language, keys) in MayFallBack)
        {
            var texts = CatalogueFile.Read(language);
            var fallback = texts[MessageCatalog.FallbackKey];

            fallback.Should().NotBe(language).And.BeOneOf(CatalogueFile.Languages);
            CatalogueFile.Read(fallback).Keys.Should().Contain(keys, "{0} leaves these to {1}", language, fallback);
            keys.Should().NotContain(key => CatalogueFile.IsWordsKey(key), "words are never left out");
            keys.Should().NotContain(key => key.StartsWith("onboarding.", StringComparison.Ordinal));
            keys.Should().NotContain(key => key.StartsWith("artisan.menu.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void FallbackKey_OnlyInCataloguesWithADocumentedReason()
    {
        var withFallback = CatalogueFile.Languages
            .Where(language => CatalogueFile.Read(language).ContainsKey(MessageCatalog.FallbackKey));

        withFallback.Should().BeEquivalentTo(MayFallBack.Keys);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_Placeholders_ExactlyTheEnglishOnes(string language)
    {
        var problems = new List<string>();
        foreach (var (key, text) in CatalogueFile.Read(language).Where(pair => English.ContainsKey(pair.Key)))
        {
            var expected = CatalogueFile.Placeholders(English[key]);
            var actual = CatalogueFile.Placeholders(text);

            problems.AddRange(expected.Except(actual).Select(name => $"{language} {key}: drops {{{name}}}"));
            problems.AddRange(actual.Except(expected).Select(name => $"{language} {key}: unknown {{{name}}}"));
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalogue_NoEmptyText(string language)
    {
        var empty = CatalogueFile.Read(language).Where(pair => string.IsNullOrWhiteSpace(pair.Value));

        empty.Select(pair => pair.Key).Should().BeEmpty("catalogue {0} should say something for every key", language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalogue_WordsLists_NoEmptyOrNumberItem(string language)
    {
        var problems = new List<string>();
        foreach (var (key, text) in CatalogueFile.Read(language).Where(pair => CatalogueFile.IsWordsKey(pair.Key)))
        {
            foreach (var word in text.Split('|'))
            {
                var folded = TextNormalizer.Normalize(word);
                if (folded.Length == 0)
                {
                    problems.Add($"{language} {key}: empty item in \"{text}\"");
                }
                else if (int.TryParse(folded, out _) && !IsMenuZero(key, folded))
                {
                    problems.Add($"{language} {key}: \"{word}\" reads as a menu number");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Menu_OwnLanguage_NoWordNamesTwoOptions(string language)
    {
        var texts = CatalogueFile.Read(language);
        var problems = new List<string>();
        foreach (var menu in OptionsByMenu(texts))
        {
            problems.AddRange(Collisions(menu.Key, menu.Value.ToDictionary(key => key, key => OwnWords(texts, key))));
        }

        problems.Should().BeEmpty("in {0} one reply must never name two options of one menu", language);
    }

    [Fact]
    public void Menu_AcrossLanguages_NoWholeWordNamesTwoOptions()
    {
        var problems = new List<string>();
        var menus = CatalogueFile.Languages
            .SelectMany(language => OptionsByMenu(CatalogueFile.Read(language)))
            .GroupBy(menu => menu.Key);
        foreach (var menu in menus)
        {
            var options = menu.SelectMany(pair => pair.Value).Distinct().ToList();
            var words = options.ToDictionary(
                key => key,
                key => CatalogueFile.Languages.SelectMany(language => OwnWords(CatalogueFile.Read(language), key)).ToHashSet());
            problems.AddRange(ExactCollisions(menu.Key, words));
        }

        problems.Should().BeEmpty("a reply in another language must not name two options either");
    }

    [Fact]
    public void LanguageMenu_NoWordNamesTwoLanguages()
    {
        var words = CatalogueFile.Languages.ToDictionary(
            language => language,
            language => LanguageWords(CatalogueFile.Read(language)));

        Collisions("language menu", words).Should().BeEmpty();
    }

    [Fact]
    public void Commands_NoWordIsTwoCommandsOrAMenuOption()
    {
        var commands = new[] { "command.menu", "command.help", "command.language" }.ToDictionary(
            key => key,
            key => CatalogueFile.Languages.SelectMany(language => OwnWords(CatalogueFile.Read(language), key)).ToHashSet());
        var options = CatalogueFile.Languages
            .SelectMany(language => CatalogueFile.Read(language)
                .Where(pair => CatalogueFile.MenuOf(pair.Key) is not null && CatalogueFile.IsWordsKey(pair.Key))
                .SelectMany(pair => OwnWords(CatalogueFile.Read(language), pair.Key).Select(word => (language, pair.Key, word))));

        var problems = ExactCollisions("commands", commands).ToList();
        problems.AddRange(options
            .Where(option => commands.Values.Any(words => words.Contains(option.word)))
            .Select(option => $"{option.language} {option.Key}: \"{option.word}\" is a global command"));

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Direction_ArabicScriptRightToLeft_OthersLeftToRight()
    {
        var catalog = MessageCatalog.LoadEmbedded();

        CatalogueFile.Languages.Where(catalog.IsRightToLeft).Should().BeEquivalentTo(["ary", "ar"]);
    }

    private static bool IsMenuZero(string key, string folded) => key == "command.menu" && folded == "0";

    /// <summary>Menu name → its options' words keys, for the options this catalogue has.</summary>
    private static Dictionary<string, List<string>> OptionsByMenu(Dictionary<string, string> texts) =>
        texts.Keys
            .Where(CatalogueFile.IsWordsKey)
            .Select(key => (Key: key, Menu: CatalogueFile.MenuOf(key)))
            .Where(pair => pair.Menu is not null)
            .GroupBy(pair => pair.Menu!)
            .Where(group => group.Count() > 1)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Key).ToList());

    /// <summary>The folded words of one option in one catalogue, with its label.</summary>
    private static HashSet<string> OwnWords(Dictionary<string, string> texts, string wordsKey)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (texts.TryGetValue(wordsKey, out var list))
        {
            words.UnionWith(list.Split('|').Select(TextNormalizer.Normalize));
        }

        if (CatalogueFile.LabelOf(wordsKey, texts) is { } label)
        {
            words.Add(TextNormalizer.Normalize(texts[label]));
        }

        words.Remove("");
        return words;
    }

    private static HashSet<string> LanguageWords(Dictionary<string, string> texts)
    {
        var words = OwnWords(texts, "language.words");
        words.Add(TextNormalizer.Normalize(texts["language.name"]));
        return words;
    }

    /// <summary>
    /// Pairs of options where a reply that is one option's word also names the other: the same
    /// word, or a word found whole inside the other's word (own-language replies match inside).
    /// </summary>
    private static IEnumerable<string> Collisions(string menu, Dictionary<string, HashSet<string>> words) =>
        from a in words
        from b in words
        where a.Key != b.Key
        from word in a.Value
        from reply in b.Value
        where reply == word
            || ($" {reply} ".Contains($" {word} ", StringComparison.Ordinal)
                && !KnownPhraseOverlaps.Contains((menu, b.Key, a.Key)))
        select $"{menu}: reply \"{reply}\" of {b.Key} also names {a.Key} (\"{word}\")";

    private static IEnumerable<string> ExactCollisions(string menu, Dictionary<string, HashSet<string>> words) =>
        from a in words
        from b in words
        where string.CompareOrdinal(a.Key, b.Key) < 0
        from word in a.Value.Intersect(b.Value)
        select $"{menu}: \"{word}\" names both {a.Key} and {b.Key}";
}
