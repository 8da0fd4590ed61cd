using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// The answers to an offer or counter-offer: 1️⃣ ✅ accept, 2️⃣ 🔁 counter, 3️⃣ ❌ decline.
/// </summary>
public static class NegotiationMenu
{
    public const string Accept = "accept";
    public const string Counter = "counter";
    public const string Decline = "decline";

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(Accept, "negotiation.menu.accept", "✅", "negotiation.words.accept"),
        new(Counter, "negotiation.menu.counter", "🔁", "negotiation.words.counter"),
        new(Decline, "negotiation.menu.decline", "❌", "negotiation.words.decline"),
    ];

    /// <summary>
    /// The menu answer in <paramref name="text"/>, or null. Only a number, a keycap or a single
    /// word counts: "ok" answers, but "ok, can you do 300?" is a message for the other side.
    /// </summary>
    public static string? Recognize(string? text, IMessageCatalog catalog, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        var reply = TextNormalizer.Normalize(text);
        if (reply.Length == 0 || reply.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return ChoiceRecognizer.Recognize(reply, Choices, catalog, language)?.Value;
    }

    /// <summary>Whether <paramref name="text"/> is only a number (a menu answer that missed).</summary>
    public static bool IsNumberOnly(string? text) =>
        int.TryParse(TextNormalizer.Normalize(text), out _);

    /// <summary>The question with the menu under it, in <paramref name="language"/>.</summary>
    public static string Render(IMessageCatalog catalog, string language, string question) =>
        ChoiceMenu.Render(catalog, language, question, Choices);
}
