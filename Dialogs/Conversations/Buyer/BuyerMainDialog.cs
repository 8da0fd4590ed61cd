using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;

namespace SoukPlay.Dialogs.Conversations.Buyer;

/// <summary>
/// The buyer's home: with a shop in view (a code in the message, a shop's own number, or the
/// code kept through onboarding) the buyer lands in that shop at once; otherwise they are asked
/// for a shop code, found anywhere in their reply, or 1️⃣ for "🤝 projects".
/// </summary>
/// <remarks>
/// Known shortcoming: a code is looked for when this dialog begins (a new message, "menu") and at
/// its own code question. A buyer who types another shop's code while answering a question inside
/// a shop (which product, how much) is asked that question again; "0" then the code works.
/// </remarks>
public sealed class BuyerMainDialog : WaterfallDialog
{
    public const string DialogId = Onboarding.RoleDialogs.Buyer;

    private const string CodePromptId = "buyer.code";

    private static readonly IReadOnlyList<Choice> ProjectsEntry =
    [
        new("projects", "buyer.menu.projects", "🤝", ProjectsDialog.EntryWordsKey),
    ];

    public BuyerMainDialog()
        : base(DialogId)
    {
        Add(new TextPrompt(CodePromptId, ValidateCodeAsync));
        AddStep(FindShopAsync);
        AddStep(EnterShopAsync);
        AddStep((step, ct) => step.EndDialogAsync(null, ct));
    }

    private static async Task<DialogTurnResult> FindShopAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var code = step.Options<BuyerShopOptions>()?.ShopCode ?? await ShopEntry.FindAsync(step.Context, ct);
        if (code is not null)
        {
            return await step.BeginDialogAsync(ShopDialog.DialogId, new BuyerShopOptions(code), ct);
        }

        return await step.PromptAsync(
            CodePromptId,
            new PromptOptions
            {
                Prompt = "buyer.code.ask.projects",
                Retry = "buyer.code.retry",
                Help = "buyer.code.help",
            },
            ct);
    }

    /// <summary>
    /// The code prompt answered (a text): into that shop, or into the projects. The shop itself ended: done.
    /// </summary>
    private static async Task<DialogTurnResult> EnterShopAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is string answer && NamesProjects(step.Context, answer))
        {
            return await step.BeginDialogAsync(ProjectsDialog.DialogId, null, ct);
        }

        if (step.Result is string text && await ShopEntry.FindCodeAsync(step.Context, text, ct) is { } code)
        {
            return await step.BeginDialogAsync(ShopDialog.DialogId, new BuyerShopOptions(code), ct);
        }

        return await step.EndDialogAsync(null, ct);
    }

    private static async Task<bool> ValidateCodeAsync(
        PromptValidatorContext<string> validation,
        CancellationToken ct) =>
        NamesProjects(validation.Context, validation.Recognized.Value)
        || await ShopEntry.FindCodeAsync(validation.Context, validation.Recognized.Value, ct) is not null;

    private static bool NamesProjects(Turns.TurnContext context, string? answer) =>
        ChoiceRecognizer.Recognize(answer, ProjectsEntry, context.Catalog, context.Language) is not null;
}
