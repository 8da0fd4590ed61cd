using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Finds the option a reply names: its number (in any digit script, or as a keycap emoji with or
/// without the variation selector), or its label or one of its words, compared without case or
/// accents. Words are looked for in the person's language first, where a word inside a longer
/// reply counts ("oui merci"); then in every catalogue, where only the whole reply counts, so
/// that someone who writes in another language than the one chosen is still understood.
/// A reply that names two options picks neither. A reply made only of number words ("wahed",
/// "two", "seis") is the option of that number, unless it is an option's own word.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(
        string? text,
        IReadOnlyList<Choice> choices,
        IMessageCatalog catalog,
        string language)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(catalog);

        var reply = TextNormalizer.Normalize(text);
        if (reply.Length == 0)
        {
            return null;
        }

        if (int.TryParse(reply, out var number))
        {
            return number >= 1 && number <= choices.Count ? Found(choices, number - 1) : null;
        }

        var own = FindByWords(reply, choices, catalog, [language], wholeReplyOnly: false);
        var any = own ?? FindByWords(reply, choices, catalog, catalog.Languages, wholeReplyOnly: true);
        if (any is null && AmountRecognizer.TryReadNumberWords(reply, language, out var spoken))
        {
            // An option's number said in words ("wahed", "two", "seis"), as a voice transcript or
            // someone who does not write digits gives it; an option's own words come first.
            return spoken <= choices.Count ? Found(choices, spoken - 1) : null;
        }

        return any;
    }

    private static FoundChoice? FindByWords(
        string reply,
        IReadOnlyList<Choice> choices,
        IMessageCatalog catalog,
        IEnumerable<string> languages,
        bool wholeReplyOnly)
    {
        var paddedReply = $" {reply} ";
        int? match = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var words = WordsOf(choices[i], catalog, languages);
            var hit = words.Any(word => word == reply || (!wholeReplyOnly && paddedReply.Contains($" {word} ")));
            if (!hit)
            {
                continue;
            }

            if (match is not null)
            {
                return null;
            }

            match = i;
        }

        return match is { } index ? Found(choices, index) : null;
    }

    private static HashSet<string> WordsOf(Choice choice, IMessageCatalog catalog, IEnumerable<string> languages)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { TextNormalizer.Normalize(choice.Value) };
        if (choice.LabelLanguage is { } own)
        {
            languages = [own];
        }

        foreach (var language in languages)
        {
            words.Add(TextNormalizer.Normalize(catalog.Format(language, choice.LabelKey)));
            if (choice.WordsKey is { } key && catalog.Contains(language, key))
            {
                words.UnionWith(catalog.Words(language, key).Select(TextNormalizer.Normalize));
            }
        }

        words.Remove("");
        return words;
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) => new(index, choices[index].Value);
}
