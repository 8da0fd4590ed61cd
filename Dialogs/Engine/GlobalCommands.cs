using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Recognizes the global commands. Their words live in the catalogues (<c>command.menu</c>,
/// <c>command.help</c>, <c>command.language</c>) and count in every language, because someone
/// lost in the wrong language must still find the way out; only a reply that is exactly the
/// command (after folding case, accents and digits) counts.
/// Known shortcoming: "0" is the menu everywhere, so a number prompt cannot take 0 as an answer;
/// ask for quantities and prices that are at least 1.
/// </summary>
public static class GlobalCommands
{
    public const string MenuWordsKey = "command.menu";
    public const string HelpWordsKey = "command.help";
    public const string LanguageWordsKey = "command.language";

    public static GlobalCommand Match(string? text, IMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        var reply = TextNormalizer.Normalize(text);
        if (reply.Length == 0)
        {
            return GlobalCommand.None;
        }

        if (IsOneOf(reply, MenuWordsKey, catalog))
        {
            return GlobalCommand.Menu;
        }

        if (IsOneOf(reply, HelpWordsKey, catalog))
        {
            return GlobalCommand.Help;
        }

        return IsOneOf(reply, LanguageWordsKey, catalog) ? GlobalCommand.Language : GlobalCommand.None;
    }

    private static bool IsOneOf(string reply, string key, IMessageCatalog catalog) =>
        catalog.Languages.Any(language =>
            catalog.Contains(language, key)
            && catalog.Words(language, key).Any(word => TextNormalizer.Normalize(word) == reply));
}
