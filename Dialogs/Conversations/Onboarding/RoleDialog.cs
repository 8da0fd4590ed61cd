using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// Asks whether the person is an artisan, a buyer or a cooperative leader, and saves it. A shop
/// code instead of an answer makes the person a buyer in that shop (<see cref="ShopCodeChoicePrompt"/>).
/// </summary>
public sealed class RoleDialog : WaterfallDialog
{
    public const string DialogId = "onboarding.role";

    private const string PromptId = "onboarding.role.choice";

    private static readonly IReadOnlyList<Choice> Roles =
    [
        new(nameof(Role.Artisan), RoleDialogs.LabelKey(Role.Artisan), "🧑‍🎨", "words.role.artisan"),
        new(nameof(Role.Buyer), RoleDialogs.LabelKey(Role.Buyer), "🛍️", "words.role.buyer"),
        new(nameof(Role.Leader), RoleDialogs.LabelKey(Role.Leader), "👥", "words.role.leader"),
    ];

    public RoleDialog()
        : base(DialogId)
    {
        Add(new ShopCodeChoicePrompt(PromptId));
        AddStep(AskAsync);
        AddStep(SaveAsync);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(
            PromptId,
            new PromptOptions
            {
                Prompt = "onboarding.role.ask",
                Retry = "onboarding.role.retry",
                Choices = Roles,
            },
            ct);

    private static Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var role = Enum.Parse<Role>(((FoundChoice)step.Result!).Value);
        step.Context.Person.Role = role;
        step.Context.Reply("onboarding.role.saved", new Dictionary<string, object?>
        {
            ["role"] = step.Context.Render(RoleDialogs.LabelKey(role)),
        });
        return step.EndDialogAsync(role, ct);
    }
}
