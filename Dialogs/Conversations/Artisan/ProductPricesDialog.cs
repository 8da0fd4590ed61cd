using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// "My products": the shop's products with their status (listed, waiting for room, sold out);
/// picking one sets its floor price and accept price. "No floor" and "no accept price" are menu
/// options, because 0 is the global menu command.
/// </summary>
/// <remarks>
/// An accept price at or under the floor price is kept as given: the negotiation rules apply the
/// accept price first, so every offer at or above it is then accepted.
/// </remarks>
public sealed class ProductPricesDialog : WaterfallDialog
{
    public const string DialogId = "artisan.products";

    private const string PickPromptId = "artisan.products.pick";
    private const string FloorMenuPromptId = "artisan.products.floor";
    private const string FloorAmountPromptId = "artisan.products.floor.amount";
    private const string AcceptMenuPromptId = "artisan.products.accept";
    private const string AcceptAmountPromptId = "artisan.products.accept.amount";
    private const string Set = "set";
    private const string ProductKey = "product";
    private const string FloorKey = "floor";

    private static readonly IReadOnlyList<Choice> FloorMenu =
    [
        new(Set, "artisan.floor.set", "✍️"),
        new("none", "artisan.floor.none", "🚫"),
    ];

    private static readonly IReadOnlyList<Choice> AcceptMenu =
    [
        new(Set, "artisan.accept.set", "✍️"),
        new("none", "artisan.accept.none", "🚫"),
    ];

    private readonly MarketOptions _market;
    private readonly ILogger<ProductPricesDialog> _logger;

    public ProductPricesDialog(
        IAmountRecognizer amounts,
        IOptions<MarketOptions> market,
        ILogger<ProductPricesDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(logger);

        _market = market.Value;
        _logger = logger;
        Add(new NumberedListPrompt(PickPromptId));
        Add(new ChoicePrompt(FloorMenuPromptId));
        Add(new ChoicePrompt(AcceptMenuPromptId));
        Add(new NumberPrompt(FloorAmountPromptId, amounts, ValidatePriceAsync));
        Add(new NumberPrompt(AcceptAmountPromptId, amounts, ValidatePriceAsync));
        AddStep(AskProductAsync);
        AddStep(AskFloorMenuAsync);
        AddStep(AskFloorAmountAsync);
        AddStep(AskAcceptMenuAsync);
        AddStep(AskAcceptAmountAsync);
        AddStep(SaveAsync);
    }

    private static async Task<DialogTurnResult> AskProductAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var shop = await OwnShop.FindAsync(step.Context, ct);
        var products = shop is null ? [] : await step.Context.Store.ListProductsAsync(shop.Id, ct);
        if (products.Count == 0)
        {
            step.Context.Reply("artisan.products.none");
            return await step.EndDialogAsync(null, ct);
        }

        var list = new LocalizedText("artisan.products.ask", new Dictionary<string, object?>
        {
            ["list"] = ListText(step.Context, products),
        });
        return await step.PromptAsync(
            PickPromptId,
            new PromptOptions
            {
                Prompt = list,
                Retry = "artisan.products.retry",
                Choices = [.. products.Select(p => new Choice(p.Id, "artisan.products.ask"))],
            },
            ct);
    }

    private static async Task<DialogTurnResult> AskFloorMenuAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var productId = ((FoundChoice)step.Result!).Value;
        step.Values.Set(ProductKey, productId);
        var product = await step.Context.Store.GetProductAsync(productId, ct);
        var ask = new LocalizedText("artisan.floor.ask", new Dictionary<string, object?>
        {
            ["title"] = product?.Title,
            ["price"] = product?.PriceMad,
        });
        return await step.PromptAsync(
            FloorMenuPromptId,
            new PromptOptions { Prompt = ask, Retry = "artisan.floor.retry", Choices = FloorMenu },
            ct);
    }

    private static Task<DialogTurnResult> AskFloorAmountAsync(WaterfallStepContext step, CancellationToken ct) =>
        ((FoundChoice)step.Result!).Value == Set
            ? step.PromptAsync(
                FloorAmountPromptId,
                new PromptOptions { Prompt = "artisan.floor.amount.ask", Retry = "artisan.floor.amount.retry" },
                ct)
            : step.NextAsync(null, ct);

    private static Task<DialogTurnResult> AskAcceptMenuAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is decimal floor)
        {
            step.Values.Set(FloorKey, floor);
        }

        return step.PromptAsync(
            AcceptMenuPromptId,
            new PromptOptions
            {
                Prompt = "artisan.accept.ask",
                Retry = "artisan.accept.retry",
                Choices = AcceptMenu,
            },
            ct);
    }

    private static Task<DialogTurnResult> AskAcceptAmountAsync(WaterfallStepContext step, CancellationToken ct) =>
        ((FoundChoice)step.Result!).Value == Set
            ? step.PromptAsync(
                AcceptAmountPromptId,
                new PromptOptions { Prompt = "artisan.accept.amount.ask", Retry = "artisan.accept.amount.retry" },
                ct)
            : step.NextAsync(null, ct);

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var product = await step.Context.Store.GetProductAsync(step.Values.Get<string>(ProductKey)!, ct);
        if (product is null)
        {
            step.Context.Reply("artisan.products.none");
            return await step.EndDialogAsync(null, ct);
        }

        product.FloorPriceMad = step.Values.TryGet<decimal>(FloorKey, out var floor) ? floor : null;
        product.AcceptPriceMad = step.Result as decimal?;
        step.Context.Changes.Put(product);
        Log.PricesSaved(_logger, product.Id);

        step.Context.Reply("artisan.prices.saved", new Dictionary<string, object?>
        {
            ["title"] = product.Title,
            ["floor"] = PriceText(step.Context, product.FloorPriceMad),
            ["accept"] = PriceText(step.Context, product.AcceptPriceMad),
        });
        return await step.EndDialogAsync(product.Id, ct);
    }

    private static string ListText(TurnContext context, IReadOnlyList<Product> products)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < products.Count; i++)
        {
            var product = products[i];
            builder.Append(i == 0 ? "" : "\n").Append(Digits.Keycap(i + 1)).Append(' ');
            var line = new LocalizedText("artisan.products.line", new Dictionary<string, object?>
            {
                ["status"] = context.Render(StatusKey(product.Status)),
                ["title"] = product.Title,
                ["price"] = product.PriceMad,
                ["quantity"] = product.Quantity,
            });
            builder.Append(context.Render(line));
        }

        return builder.ToString();
    }

    private static string StatusKey(ListingStatus status) => status switch
    {
        ListingStatus.Listed => "artisan.products.status.listed",
        ListingStatus.WaitingForRoom => "artisan.products.status.waiting",
        ListingStatus.SoldOut => "artisan.products.status.soldout",
        _ => "artisan.products.status.withdrawn",
    };

    private static string PriceText(TurnContext context, decimal? price)
    {
        if (price is not { } value)
        {
            return context.Render("artisan.prices.unset");
        }

        var args = new Dictionary<string, object?> { ["price"] = value };
        return context.Render(new LocalizedText("artisan.prices.amount", args));
    }

    private Task<bool> ValidatePriceAsync(PromptValidatorContext<decimal> prompt, CancellationToken ct) =>
        Task.FromResult(WholeAmount.IsValid(prompt.Recognized.Value, _market.MaxPriceMad));
}
