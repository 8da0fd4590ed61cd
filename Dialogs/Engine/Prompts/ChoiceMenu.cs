using System.Text;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>Writes a question with its numbered menu: one line per option, "1️⃣ 🏺 Pottery".</summary>
public static class ChoiceMenu
{
    public static string Render(
        IMessageCatalog catalog,
        string language,
        string question,
        IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(choices);

        var builder = new StringBuilder(question);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            builder.Append('\n').Append(Digits.Keycap(i + 1)).Append(' ');
            if (!string.IsNullOrEmpty(choice.Emoji))
            {
                builder.Append(choice.Emoji).Append(' ');
            }

            builder.Append(catalog.Format(choice.LabelLanguage ?? language, choice.LabelKey));
        }

        return builder.ToString();
    }
}
