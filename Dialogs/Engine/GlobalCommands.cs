using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Recognizes the global commands. Their words live in the catalogues (<c>command.menu</c>,
/// <c>command.help</c>, <c>command.language</c>, <c>optout.words.*</c>) and count in every language, because someone
/// lost in the wrong language must still find the way out; only a reply that is exactly the
/// command (after folding case, accents and digits) counts.
/// Known shortcoming: "0" is the menu everywhere, so a number prompt cannot take 0 as an answer;
/// ask for quantities and prices that are at least 1.
/// Stop comes first, so a stop word works even where it is also another answer; a word that is
/// both the menu and start ("start" in English) reads as the menu, and
/// <see cref="OptOutCommands"/> reads it as start only for a person who stopped.
/// Words that open a feature's dialog from anywhere ("projects") are registered as
/// <see cref="WordCommand"/>s in <c>TurnOptions.WordCommands</c>, not here.
/// </summary>
public static class GlobalCommands
{
    public const string MenuWordsKey = "command.menu";
    public const string HelpWordsKey = "command.help";
    public const string LanguageWordsKey = "command.language";
    public const string StopWordsKey = "optout.words.stop";
    public const string StartWordsKey = "optout.words.start";
    public const string MoreHelpWordsKey = "optout.words.help";

    public static GlobalCommand Match(string? text, IMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        var reply = TextNormalizer.Normalize(text);
        if (reply.Length == 0)
        {
            return GlobalCommand.None;
        }

        if (IsOneOf(reply, StopWordsKey, catalog))
        {
            return GlobalCommand.Stop;
        }

        if (IsOneOf(reply, MenuWordsKey, catalog))
        {
            return GlobalCommand.Menu;
        }

        if (IsOneOf(reply, HelpWordsKey, catalog) || IsOneOf(reply, MoreHelpWordsKey, catalog))
        {
            return GlobalCommand.Help;
        }

        if (IsOneOf(reply, LanguageWordsKey, catalog))
        {
            return GlobalCommand.Language;
        }

        return IsOneOf(reply, StartWordsKey, catalog) ? GlobalCommand.Start : GlobalCommand.None;
    }

    /// <summary>Whether <paramref name="text"/> is exactly one of the words under <paramref name="key"/>.</summary>
    public static bool IsWord(string? text, string key, IMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        var reply = TextNormalizer.Normalize(text);
        return reply.Length > 0 && IsOneOf(reply, key, catalog);
    }

    private static bool IsOneOf(string reply, string key, IMessageCatalog catalog) =>
        catalog.Languages.Any(language =>
            catalog.Contains(language, key)
            && catalog.Words(language, key).Any(word => TextNormalizer.Normalize(word) == reply));
}
