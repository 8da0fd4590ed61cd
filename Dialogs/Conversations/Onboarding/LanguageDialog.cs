using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// Asks for the person's language among every loaded catalogue, each shown with its flag and
/// its own name, saves it on the person and confirms in the new language. Ends with the code.
/// Begun by "language" (as an aside, see <see cref="DialogRunner"/>), it leaves the question the
/// person was on to be asked again in the new language; with nothing below it, the main dialog
/// follows. A person without a role who sends a shop code here goes to that shop
/// (<see cref="ShopCodeChoicePrompt"/>).
/// </summary>
public sealed class LanguageDialog : WaterfallDialog
{
    public const string DialogId = "onboarding.language";

    private const string PromptId = "onboarding.language.choice";

    /// <summary>The order languages are offered in; catalogues not named here come after.</summary>
    private static readonly string[] PreferredOrder = ["fr", "ary", "ary-Latn", "ar", "en", "es", "zgh"];

    private readonly IReadOnlyList<Choice> _choices;

    public LanguageDialog(IMessageCatalog catalog)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        _choices = BuildChoices(catalog);
        Add(new ShopCodeChoicePrompt(PromptId));
        AddStep(AskAsync);
        AddStep(SaveAsync);
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(
            PromptId,
            new PromptOptions
            {
                Prompt = "onboarding.language.ask",
                Retry = "onboarding.language.retry",
                Choices = _choices,
            },
            ct);

    private static async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var choice = (FoundChoice)step.Result!;
        step.Context.Person.Language = choice.Value;
        step.Context.Reply("onboarding.language.saved");
        if (step.Dialog.Stack.Instances.Count > 1)
        {
            return await step.EndDialogAsync(choice.Value, ct);
        }

        // Nothing was open below: a waiting offer is shown before the main menu would be.
        step.Dialog.CancelAllDialogs();
        if (step.Dialog.ShowWaiting is { } showWaiting && await showWaiting(step.Dialog, ct))
        {
            return DialogTurnResult.Waiting;
        }

        return await step.BeginDialogAsync(MainDialog.DialogId, null, ct);
    }

    private static List<Choice> BuildChoices(IMessageCatalog catalog) =>
        [.. catalog.Languages
            .Where(language => catalog.Contains(language, "language.name"))
            .OrderBy(language => Rank(language))
            .ThenBy(language => language, StringComparer.Ordinal)
            .Select(language => new Choice(
                language,
                "language.name",
                catalog.Format(language, "language.flag"),
                "language.words") { LabelLanguage = language })];

    private static int Rank(string language)
    {
        var index = Array.IndexOf(PreferredOrder, language);
        return index < 0 ? PreferredOrder.Length : index;
    }
}
