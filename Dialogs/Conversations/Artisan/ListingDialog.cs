using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// Lists a product: photo, title, price in MAD, quantity and the handmade confirmation, then
/// hands it to <see cref="CatalogueService.ListAsync"/>: listed at once, or waiting for room
/// under the urban share. Owners of waiting products that this listing released are told.
/// Floor and accept prices are set later, from "my products".
/// </summary>
public sealed class ListingDialog : WaterfallDialog
{
    public const string DialogId = "artisan.listing";

    /// <summary>The outbox kind of the message to an owner whose waiting product was released.</summary>
    public const string ReleasedKind = "listing.released";

    public const int MaxQuantity = 999;
    public const int MaxTitleLength = 80;

    private const string PhotoPromptId = "artisan.listing.photo";
    private const string TitlePromptId = "artisan.listing.title";
    private const string PricePromptId = "artisan.listing.price";
    private const string QuantityPromptId = "artisan.listing.quantity";
    private const string HandmadePromptId = "artisan.listing.handmade";

    private readonly CatalogueService _catalogue;
    private readonly MarketOptions _market;
    private readonly ILogger<ListingDialog> _logger;

    public ListingDialog(
        CatalogueService catalogue,
        IAmountRecognizer amounts,
        IOptions<MarketOptions> market,
        ILogger<ListingDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(logger);

        _catalogue = catalogue;
        _market = market.Value;
        _logger = logger;
        Add(new AttachmentPrompt(PhotoPromptId));
        Add(new TextPrompt(TitlePromptId, (p, _) => Task.FromResult(p.Recognized.Value!.Length <= MaxTitleLength)));
        Add(new NumberPrompt(
            PricePromptId,
            amounts,
            (p, _) => Task.FromResult(WholeAmount.IsValid(p.Recognized.Value, _market.MaxPriceMad))));
        Add(new NumberPrompt(
            QuantityPromptId,
            amounts,
            (p, _) => Task.FromResult(WholeAmount.IsValid(p.Recognized.Value, MaxQuantity))));
        Add(new ConfirmPrompt(HandmadePromptId));
        AddStep(AskPhotoAsync);
        AddStep(AskTitleAsync);
        AddStep(AskPriceAsync);
        AddStep(AskQuantityAsync);
        AddStep(AskHandmadeAsync);
        AddStep(ListAsync);
    }

    private static Task<DialogTurnResult> AskPhotoAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(PhotoPromptId, Ask("listing.photo.ask", "listing.photo.retry"), ct);

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var photo = (MediaAttachment)step.Result!;
        step.Values.Set("photoUrl", photo.Url);
        step.Values.Set("photoType", photo.ContentType);
        return step.PromptAsync(TitlePromptId, Ask("listing.title.ask", "listing.title.retry"), ct);
    }

    private Task<DialogTurnResult> AskPriceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("title", (string)step.Result!);
        var retry = new LocalizedText("listing.price.retry", new Dictionary<string, object?>
        {
            ["max"] = _market.MaxPriceMad,
        });
        return step.PromptAsync(PricePromptId, Ask("listing.price.ask", retry, "listing.price.help"), ct);
    }

    private static Task<DialogTurnResult> AskQuantityAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("price", (decimal)step.Result!);
        return step.PromptAsync(
            QuantityPromptId,
            Ask("listing.quantity.ask", "listing.quantity.retry", "listing.quantity.help"),
            ct);
    }

    private static Task<DialogTurnResult> AskHandmadeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("quantity", (int)(decimal)step.Result!);
        return step.PromptAsync(HandmadePromptId, Ask("listing.handmade.ask", "listing.handmade.retry"), ct);
    }

    private async Task<DialogTurnResult> ListAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        if (!(bool)step.Result!)
        {
            context.Reply("listing.handmade.refused");
            return await step.EndDialogAsync(null, ct);
        }

        var shop = await OwnShop.FindAsync(context, ct);
        if (shop is null)
        {
            context.Reply("listing.noshop");
            return await step.EndDialogAsync(null, ct);
        }

        var outcome = await _catalogue.ListAsync(shop, NewProduct(step), context.Changes, ct);
        Log.ProductListed(
            _logger, outcome.Product.Id, shop.Id, outcome.Decision, outcome.Released.Count);
        Confirm(context, shop, outcome);
        await NotifyReleasedAsync(context, outcome.Released, ct);
        return await step.EndDialogAsync(outcome.Product.Id, ct);
    }

    private static Product NewProduct(WaterfallStepContext step) => new()
    {
        Title = step.Values.Get<string>("title")!,
        PriceMad = step.Values.Get<decimal>("price"),
        Quantity = step.Values.Get<int>("quantity"),
        PhotoUrl = step.Values.Get<string>("photoUrl"),
        PhotoContentType = step.Values.Get<string>("photoType"),
        Handmade = true,
    };

    private void Confirm(TurnContext context, Shop shop, ListingOutcome outcome)
    {
        var product = outcome.Product;
        var args = new Dictionary<string, object?>
        {
            ["title"] = product.Title,
            ["price"] = product.PriceMad,
            ["quantity"] = product.Quantity,
            ["code"] = shop.Id,
            ["share"] = Math.Round((decimal)_market.MaxUrbanShare * 100),
        };
        var key = outcome.Decision == ListingDecision.Listed ? "listing.listed" : "listing.waiting";
        context.Reply(new LocalizedText(key, args), product.PhotoUrl is { } url ? [url] : null);
    }

    private async Task NotifyReleasedAsync(
        TurnContext context,
        IReadOnlyList<Product> released,
        CancellationToken ct)
    {
        foreach (var product in released)
        {
            var shop = await context.Store.GetShopAsync(product.ShopId, ct);
            var owner = shop is null ? null
                : shop.OwnerId == context.Person.Id ? context.Person
                : await context.Store.GetPersonAsync(shop.OwnerId, ct);
            if (shop is null || owner is null)
            {
                Log.ReleasedOwnerMissing(_logger, product.Id);
                continue;
            }

            context.Notify(
                owner,
                "listing.released",
                new Dictionary<string, object?> { ["title"] = product.Title, ["code"] = shop.Id },
                ReleasedKind);
        }
    }

    private static PromptOptions Ask(LocalizedText prompt, LocalizedText retry, LocalizedText? help = null) =>
        new() { Prompt = prompt, Retry = retry, Help = help };
}
