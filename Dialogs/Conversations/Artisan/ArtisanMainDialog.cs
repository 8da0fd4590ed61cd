using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Market;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// The artisan's home (<see cref="RoleDialogs.Artisan"/>): opens the shop first when there is
/// none, then offers the menu: list a product, my offers, my shop code and link, my products.
/// After each action the menu comes back.
/// </summary>
public sealed class ArtisanMainDialog : WaterfallDialog
{
    public const string DialogId = RoleDialogs.Artisan;

    /// <summary>The artisan's offers, written by the negotiation room.</summary>
    public const string OffersDialogId = "negotiation.inbox";

    private const string MenuPromptId = "artisan.main.menu";
    private const string List = "list";
    private const string Offers = "offers";
    private const string MyShop = "shop";
    private const string Products = "products";
    private const string Projects = "projects";

    private static readonly IReadOnlyList<Choice> Menu =
    [
        new(List, "artisan.menu.list", "📸", "artisan.menu.list.words"),
        new(Offers, "artisan.menu.offers", "💬", "artisan.menu.offers.words"),
        new(MyShop, "artisan.menu.shop", "🔗", "artisan.menu.shop.words"),
        new(Products, "artisan.menu.products", "🏷️", "artisan.menu.products.words"),
        new(Projects, "artisan.menu.projects", "🤝", ProjectsDialog.EntryWordsKey),
    ];

    public ArtisanMainDialog()
        : base(DialogId)
    {
        Add(new ChoicePrompt(MenuPromptId));
        AddStep(EnsureShopAsync);
        AddStep(AskMenuAsync);
        AddStep(ActAsync);
        AddStep(BackToMenuAsync);
    }

    private static async Task<DialogTurnResult> EnsureShopAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var shop = await OwnShop.FindAsync(step.Context, ct);
        return shop is null
            ? await step.BeginDialogAsync(ArtisanProfileDialog.DialogId, null, ct)
            : await step.NextAsync(shop.Id, ct);
    }

    private static Task<DialogTurnResult> AskMenuAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(
            MenuPromptId,
            new PromptOptions { Prompt = "artisan.menu.ask", Retry = "artisan.menu.retry.projects", Choices = Menu },
            ct);

    private static async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken ct) =>
        ((FoundChoice)step.Result!).Value switch
        {
            List => await step.BeginDialogAsync(ListingDialog.DialogId, null, ct),
            Offers => await step.BeginDialogAsync(OffersDialogId, null, ct),
            Products => await step.BeginDialogAsync(ProductPricesDialog.DialogId, null, ct),
            Projects => await step.BeginDialogAsync(ProjectsDialog.DialogId, null, ct),
            _ => await ShowShopCodeAsync(step, ct),
        };

    private static async Task<DialogTurnResult> ShowShopCodeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var shop = await OwnShop.FindAsync(step.Context, ct);
        if (shop is null)
        {
            return await step.ReplaceDialogAsync(DialogId, null, ct);
        }

        var botNumber = string.IsNullOrEmpty(step.Context.Person.LastBotNumber)
            ? step.Context.Activity.To
            : step.Context.Person.LastBotNumber;
        step.Context.Reply("shop.code", new Dictionary<string, object?>
        {
            ["name"] = shop.DisplayName,
            ["code"] = shop.Id,
            ["link"] = ShopCodes.ClickToChatLink(botNumber, shop.Id),
        });
        return await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> BackToMenuAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.ReplaceDialogAsync(DialogId, null, ct);
}
