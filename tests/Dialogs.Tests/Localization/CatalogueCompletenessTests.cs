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
    /// Tamazight (zgh) names Darija in Arabic script (ary) as its <c>language.fallback</c>: its
    /// readers are far likelier to read Darija than English. Written in Tifinagh, and never left
    /// out: every menu, every words list, onboarding, the artisan menu, listing, buying, offers
    /// and negotiation. Left to Darija: the three long explanations below, which we could not
    /// write well in Tamazight, and the cooperative, project, vote and broadcast texts other
    /// than their menus and words.
    /// </summary>
    private static readonly string[] TamazightExplanations =
        ["listing.waiting", "artisan.floor.ask", "artisan.accept.ask"];

    private static readonly string[] TamazightCommunityAreas =
        ["campaign.", "project.", "vote.", "coop.", "broadcast."];

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
        var missing = English.Keys.Except(CatalogueFile.Read(language).Keys).Where(key => !MayFallBack(language, key));

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
    public void MayFallBack_NeverMenusOrWordsOrCoreFlow()
    {
        string[] core = ["language.", "command.", "words.", "confirm.", "onboarding.", "role.", "artisan.menu.",
            "artisan.sector.", "artisan.zone.", "buyer.", "offer.", "negotiation."];

        var leaky = English.Keys.Where(key => MayFallBack("zgh", key)
            && (CatalogueFile.IsWordsKey(key) || key.Contains(".menu.", StringComparison.Ordinal)
                || core.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))));

        leaky.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_KeysLeftOut_FoundInItsFallbackCatalogue(string language)
    {
        var texts = CatalogueFile.Read(language);
        var fallback = texts.GetValueOrDefault(MessageCatalog.FallbackKey) ?? MessageCatalog.FallbackLanguage;
        var leftOut = English.Keys.Except(texts.Keys);

        fallback.Should().NotBe(language).And.BeOneOf(CatalogueFile.Languages);
        leftOut.Except(CatalogueFile.Read(fallback).Keys)
            .Should().BeEmpty("{0} leaves them to {1}", language, fallback);
    }

    [Fact]
    public void FallbackKey_OnlyTamazight_ToDarija()
    {
        var withFallback = CatalogueFile.Languages
            .Where(language => CatalogueFile.Read(language).ContainsKey(MessageCatalog.FallbackKey));

        withFallback.Should().Equal("zgh");
        CatalogueFile.Read("zgh")[MessageCatalog.FallbackKey].Should().Be("ary");
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
    public void Catalogue_PluralPlaceholders_OtherFormAndOnlyTheLanguagesCategories(string language)
    {
        var problems = new List<string>();
        var categories = PluralRules.CategoriesOf(language);
        foreach (var (key, text) in CatalogueFile.Read(language))
        {
            foreach (var plural in CatalogueFile.PluralPlaceholders(text))
            {
                if (!plural.Forms.ContainsKey(PluralRules.Other))
                {
                    problems.Add($"{language} {key}: {{{plural.Name}}} has no other form");
                }

                problems.AddRange(plural.Forms.Keys.Except(categories)
                    .Select(category => $"{language} {key}: {{{plural.Name}}} names {category}"));
            }
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
                key => CatalogueFile.Languages
                    .SelectMany(language => OwnWords(CatalogueFile.Read(language), key))
                    .ToHashSet());
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

    /// <summary>
    /// Stop, menu, help and language words count in every language and before any answer, so
    /// none may be another command or a menu option. Start is left out: it only counts for a
    /// person who stopped, and "start" is also the English menu word on purpose.
    /// </summary>
    [Fact]
    public void Commands_NoWordIsTwoCommandsOrAMenuOption()
    {
        var commands = new Dictionary<string, string[]>
        {
            ["menu"] = ["command.menu"],
            ["help"] = ["command.help", "optout.words.help"],
            ["language"] = ["command.language"],
            ["stop"] = ["optout.words.stop"],
        }.ToDictionary(
            command => command.Key,
            command => CatalogueFile.Languages
                .SelectMany(language => command.Value.SelectMany(key => OwnWords(CatalogueFile.Read(language), key)))
                .ToHashSet());
        var options = CatalogueFile.Languages
            .SelectMany(language => CatalogueFile.Read(language)
                .Where(pair => CatalogueFile.MenuOf(pair.Key) is not null && CatalogueFile.IsWordsKey(pair.Key))
                .SelectMany(pair => OwnWords(CatalogueFile.Read(language), pair.Key)
                    .Select(word => (language, pair.Key, word))));

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

    private static bool MayFallBack(string language, string key) =>
        language == "zgh"
        && (TamazightExplanations.Contains(key)
            || (TamazightCommunityAreas.Any(area => key.StartsWith(area, StringComparison.Ordinal))
                && !CatalogueFile.IsWordsKey(key)
                && !key.Contains(".menu.", StringComparison.Ordinal)));

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
