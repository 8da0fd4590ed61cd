using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Buyer;

/// <summary>
/// A buyer in a shop: one message per product for sale with its photo ("1️⃣ title — price MAD"),
/// a menu to pick one, the offer in MAD (an offer above the asking price is confirmed first, see
/// <see cref="OfferAmountDialog"/>), then the offer is made and both sides are told; an offer at
/// the artisan's accept price is a deal at once, and the deal's chat opens (<see cref="DealChat"/>).
/// </summary>
/// <remarks>
/// Only the first <see cref="MaxShown"/> products are shown: one keycap digit each. A menu label
/// is the product's title itself, not a catalogue key (the catalogue gives an unknown key back as
/// it is), so a title equal to a catalogue key would show that key's text.
/// </remarks>
public sealed class ShopDialog : WaterfallDialog
{
    public const string DialogId = "buyer.shop";

    /// <summary>How many products a shop shows.</summary>
    public const int MaxShown = 9;

    private const string ProductPromptId = "buyer.shop.product";
    private const string ProductKey = "product";

    private readonly CatalogueService _catalogue;
    private readonly NegotiationService _negotiations;

    public ShopDialog(
        CatalogueService catalogue,
        NegotiationService negotiations,
        OfferAmountDialog offerAmount)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(negotiations);
        ArgumentNullException.ThrowIfNull(offerAmount);

        _catalogue = catalogue;
        _negotiations = negotiations;
        Add(new ChoicePrompt(ProductPromptId));
        Add(offerAmount);
        AddStep(ShowProductsAsync);
        AddStep(AskOfferAsync);
        AddStep(MakeOfferAsync);
    }

    private async Task<DialogTurnResult> ShowProductsAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var shop = await context.Store.GetShopAsync(step.Options<BuyerShopOptions>()!.ShopCode, ct);
        if (shop is null || shop.OwnerId == context.Person.Id)
        {
            context.Reply(shop is null ? "buyer.code.retry" : "buyer.shop.own");
            return await step.EndDialogAsync(null, ct);
        }

        var names = new Dictionary<string, object?> { ["shop"] = shop.DisplayName };
        var products = (await _catalogue.ListForSaleAsync(shop.Id, ct)).Take(MaxShown).ToList();
        if (products.Count == 0)
        {
            context.Reply("buyer.shop.empty", names);
            return await step.EndDialogAsync(null, ct);
        }

        context.Reply("buyer.shop.welcome", names);
        for (var i = 0; i < products.Count; i++)
        {
            context.ReplyText(ItemText(context, products[i], i + 1), NegotiationNotices.PhotoOf(products[i]));
        }

        return await step.PromptAsync(
            ProductPromptId,
            new PromptOptions
            {
                Prompt = "buyer.shop.pick",
                Retry = "buyer.shop.pick.retry",
                Choices = [.. products.Select(product => new Choice(product.Id, product.Title, "🛍️"))],
            },
            ct);
    }

    private static async Task<DialogTurnResult> AskOfferAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var productId = ((FoundChoice)step.Result!).Value;
        step.Values.Set(ProductKey, productId);
        var open = await step.Context.Store.FindOpenNegotiationAsync(step.Context.Person.Id, productId, ct);
        if (open is { AwaitingAnswerFrom: Party.Buyer })
        {
            // The artisan answered already: show that answer and its menu rather than ask an
            // offer the buyer cannot make, so that what they see is what their reply answers.
            var showAnswer = new NegotiationAnswerOptions(open.Id);
            return await step.ReplaceDialogAsync(NegotiationAnswerDialog.DialogId, showAnswer, ct);
        }

        var product = await step.Context.Store.GetProductAsync(productId, ct);
        var shop = product is null ? null : await step.Context.Store.GetShopAsync(product.ShopId, ct);
        var ask = new PromptOptions
        {
            Prompt = new LocalizedText("buyer.offer.ask", new Dictionary<string, object?>
            {
                ["product"] = product?.Title ?? "",
                ["price"] = product?.PriceMad ?? 0,
            }),
            Retry = "buyer.offer.retry",
            Help = "buyer.offer.help",
        };
        var options = new OfferAmountOptions
        {
            Ask = ask,
            By = Party.Buyer,
            IsFirstOffer = true,
            LimitMad = product?.PriceMad ?? decimal.MaxValue,
            Product = product?.Title ?? "",
            Shop = shop?.DisplayName ?? "",
        };
        return await step.BeginDialogAsync(OfferAmountDialog.DialogId, options, ct);
    }

    private async Task<DialogTurnResult> MakeOfferAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var amount = (decimal)step.Result!;
        var product = await context.Store.GetProductAsync(step.Values.Get<string>(ProductKey) ?? "", ct);
        var shop = product is null ? null : await context.Store.GetShopAsync(product.ShopId, ct);
        var artisan = shop is null ? null : await context.Store.GetPersonAsync(shop.OwnerId, ct);
        if (product is null || shop is null || artisan is null)
        {
            var args = new Dictionary<string, object?> { ["product"] = product?.Title };
            context.Reply("buyer.offer.unavailable", args);
            return await step.EndDialogAsync(null, ct);
        }

        var outcome = await _negotiations.MakeOfferAsync(
            context.Person, product, shop.OwnerId, amount, context.Changes, ct);
        var view = outcome.Negotiation is { } negotiation
            ? new NegotiationView(negotiation, product, shop, context.Person, artisan)
            : null;
        Tell(step, outcome.Result, view is null ? null : view with { Deal = outcome.Deal }, product);
        return await step.EndDialogAsync(null, ct);
    }

    private static void Tell(
        WaterfallStepContext step,
        NegotiationResult result,
        NegotiationView? view,
        Product product)
    {
        var context = step.Context;
        var args = view is null
            ? new Dictionary<string, object?> { ["product"] = product.Title }
            : NegotiationNotices.Args(context, view, context.Person);
        switch (result)
        {
            case NegotiationResult.Opened:
                context.ReplyText(NegotiationPrices.Render(
                    context, context.Person, new("buyer.offer.sent", args), view!.Negotiation.AmountMad));
                NegotiationNotices.Focus(context, context.Person, view!.Id);
                NegotiationNotices.OfferToArtisan(context, view);
                break;
            case NegotiationResult.AcceptedAutomatically:
                NegotiationNotices.ReplyDeal(context, view!, Party.Buyer);
                NegotiationNotices.DealTo(context, view!, Party.Artisan);
                DealChat.Open(context, view!);
                break;
            case NegotiationResult.DeclinedAutomatically:
                context.Reply("buyer.offer.declined", args);
                break;
            case NegotiationResult.AlreadyOpen:
                context.Reply("buyer.offer.already", args);
                NegotiationNotices.Focus(context, context.Person, view!.Id);
                break;
            case NegotiationResult.InvalidAmount:
                context.Reply("buyer.offer.invalid", args);
                break;
            default:
                context.Reply("buyer.offer.unavailable", args);
                break;
        }
    }

    /// <summary>"1️⃣ title — 1200 MAD", with the buyer's currency next to it when they read another.</summary>
    private static string ItemText(TurnContext context, Product product, int number)
    {
        var converted = NegotiationPrices.Format(context, context.Person, product.PriceMad);
        return context.Render(new(converted is null ? "buyer.shop.item" : "lang.shop.item",
            new Dictionary<string, object?>
            {
                ["number"] = Digits.Keycap(number),
                ["title"] = product.Title,
                ["price"] = converted ?? (object)product.PriceMad,
            }));
    }
}
