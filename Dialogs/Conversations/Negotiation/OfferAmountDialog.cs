using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Asks an offer or counter-offer amount (whole dirhams, see <see cref="PriceValidator"/>) and,
/// when it would cost its sender money (<see cref="OfferChecks"/>), says so with both amounts in
/// the sender's currency and asks for one digit before anything is sent:
/// a buyer's offer above the asking price gets 1️⃣ offer the asking price, 2️⃣ keep my offer,
/// 3️⃣ write another amount; a counter-offer that is no better than the other side's amount gets
/// 1️⃣ accept their price, 2️⃣ write another amount. Ends with the amount to use; for a
/// counter-offer, the other side's amount means "accept it".
/// </summary>
/// <remarks>
/// Known shortcomings: the menu lines under the warning hold no amounts (menu labels are plain
/// catalogue texts), so the figures are only in the question above them; a buyer's counter-offer
/// is checked against the artisan's last amount only, not against the listed price.
/// </remarks>
public sealed class OfferAmountDialog : WaterfallDialog
{
    public const string DialogId = "negotiation.amount";

    /// <summary>Kept from the shop's own amount prompt, so that a saved conversation carries on.</summary>
    private const string OfferPromptId = "buyer.shop.amount";

    /// <summary>Kept from the answer dialog's own amount prompt, for the same reason.</summary>
    private const string CounterPromptId = "negotiation.answer.amount";

    private const string CheckPromptId = "negotiation.amount.check";
    private const string AmountKey = "amount";
    private const string LimitChoice = "limit";
    private const string KeepChoice = "keep";
    private const string ChangeChoice = "change";

    private static readonly IReadOnlyList<Choice> OfferChoices =
    [
        new(LimitChoice, "offer.check.price", "🏷️"),
        new(KeepChoice, "offer.check.keep", "💰"),
        new(ChangeChoice, "offer.check.change", "✏️"),
    ];

    private static readonly IReadOnlyList<Choice> CounterChoices =
    [
        new(LimitChoice, "counter.check.accept", "✅"),
        new(ChangeChoice, "offer.check.change", "✏️"),
    ];

    public OfferAmountDialog(IAmountRecognizer amounts, IOptions<MarketOptions> market)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(market);

        var max = market.Value.MaxPriceMad;
        Add(new NumberPrompt(OfferPromptId, amounts, PriceValidator.Create(max, "buyer.offer.invalid")));
        Add(new NumberPrompt(CounterPromptId, amounts, PriceValidator.Create(max, "negotiation.invalid")));
        Add(new ChoicePrompt(CheckPromptId));
        AddStep(AskAsync);
        AddStep(CheckAsync);
        AddStep(ChosenAsync);
    }

    /// <summary>Whether <paramref name="amountMad"/> must be confirmed before it is sent.</summary>
    public static bool NeedsConfirming(OfferAmountOptions options, decimal amountMad)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options.IsFirstOffer
            ? OfferChecks.IsAboveAskingPrice(options.LimitMad, amountMad)
            : OfferChecks.GivesAway(options.By, amountMad, options.LimitMad);
    }

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.Options<OfferAmountOptions>()!;
        if (options.HeardMad is { } heard)
        {
            return await step.NextAsync(heard, ct);
        }

        var promptId = options.IsFirstOffer ? OfferPromptId : CounterPromptId;
        return await step.PromptAsync(promptId, options.Ask, ct);
    }

    private static async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.Options<OfferAmountOptions>()!;
        var amount = (decimal)step.Result!;
        if (!NeedsConfirming(options, amount))
        {
            return await step.EndDialogAsync(amount, ct);
        }

        step.Values.Set(AmountKey, amount);
        return await step.PromptAsync(CheckPromptId, Warning(step, options, amount), ct);
    }

    private static async Task<DialogTurnResult> ChosenAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.Options<OfferAmountOptions>()!;
        return ((FoundChoice)step.Result!).Value switch
        {
            LimitChoice => await step.EndDialogAsync(options.LimitMad, ct),
            KeepChoice => await step.EndDialogAsync(step.Values.Get<decimal>(AmountKey), ct),
            _ => await step.ReplaceDialogAsync(DialogId, options with { HeardMad = null }, ct),
        };
    }

    /// <summary>Both amounts in the sender's own currency, what they would lose, and the digits.</summary>
    private static PromptOptions Warning(WaterfallStepContext step, OfferAmountOptions options, decimal amount)
    {
        var context = step.Context;
        var args = new Dictionary<string, object?>
        {
            ["product"] = options.Product,
            ["shop"] = options.Shop,
            ["buyer"] = options.Buyer,
            ["amount"] = NegotiationPrices.Amount(context, context.Person, amount),
            ["price"] = NegotiationPrices.Amount(context, context.Person, options.LimitMad),
        };
        var key = options.IsFirstOffer ? "offer.check.above"
            : options.By == Party.Artisan ? "counter.check.artisan" : "counter.check.buyer";

        return new PromptOptions
        {
            Prompt = new LocalizedText(key, args),
            Retry = options.IsFirstOffer ? "offer.check.retry" : "counter.check.retry",
            Choices = options.IsFirstOffer ? OfferChoices : CounterChoices,
        };
    }
}
