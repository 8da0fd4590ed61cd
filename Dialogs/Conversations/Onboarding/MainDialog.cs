using SoukPlay.Dialogs.Conversations.Buyer;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// Where every conversation starts (and "menu" returns): onboards whoever lacks a language or a
/// role, then hands over to the dialog of their role (<see cref="RoleDialogs"/>). Someone new who
/// arrives with a shop in view (a shop code in the message, or a shop's own number) is a buyer:
/// they are asked only their language, and the shop is kept across that question. A code sent at
/// the language or role menu starts this dialog over with that message
/// (<see cref="ShopCodeChoicePrompt"/>).
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    public const string DialogId = "main";

    private const string ShopKey = "shop";

    public MainDialog()
        : base(DialogId)
    {
        AddStep(LanguageAsync);
        AddStep(RoleAsync);
        AddStep(HandOverAsync);
    }

    private static async Task<DialogTurnResult> LanguageAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var person = step.Context.Person;
        if (person.Role == Role.None && await ShopEntry.FindAsync(step.Context, ct) is { } shop)
        {
            step.Values.Set(ShopKey, shop);
        }

        return string.IsNullOrEmpty(person.Language)
            ? await step.BeginDialogAsync(LanguageDialog.DialogId, null, ct)
            : await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> RoleAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var person = step.Context.Person;
        if (person.Role == Role.None && step.Values.Contains(ShopKey))
        {
            person.Role = Role.Buyer;
        }

        return person.Role == Role.None
            ? step.BeginDialogAsync(RoleDialog.DialogId, null, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var role = step.Context.Person.Role;
        var shop = step.Values.Get<string>(ShopKey);
        var options = role == Role.Buyer && shop is not null ? new BuyerShopOptions(shop) : null;
        return step.ReplaceDialogAsync(RoleDialogs.For(role), options, ct);
    }
}
