using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Prices in the reader's own currency next to the MAD amount the artisan set: a buyer on a
/// Spanish number reads "💱 1.200 MAD (≈ 110 €, cambio del 2026-12-01)" under an offer, a
/// counter-offer or a deal. People on Moroccan numbers, and currencies without a configured rate,
/// see the MAD amount only.
/// </summary>
/// <remarks>The rates are static configuration (<c>Currency:Rates</c>), not live rates.</remarks>
public static class NegotiationPrices
{
    /// <summary>The price line for <paramref name="reader"/>, or null when they read MAD.</summary>
    public static string? Line(TurnContext context, Person reader, decimal mad)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);

        var formatted = Format(context, reader, mad);
        return formatted is null
            ? null
            : context.Catalog.Format(NegotiationNotices.LanguageOf(context, reader), "lang.price.line",
                new Dictionary<string, object?> { ["price"] = formatted });
    }

    /// <summary>
    /// The MAD amount with the converted one ("1 200 MAD (≈ 110 €, …)"), or null when
    /// <paramref name="reader"/> reads MAD or their currency has no rate.
    /// </summary>
    public static string? Format(TurnContext context, Person reader, decimal mad)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);

        if (context.Prices is not { } prices)
        {
            return null;
        }

        var currency = prices.CurrencyOf(reader.Id);
        return currency == Language.Currency.CurrencyConverter.Mad || prices.Convert(mad, currency) is null
            ? null
            : prices.FormatPrice(mad, currency, NegotiationNotices.LanguageOf(context, reader));
    }

    /// <summary>
    /// The amount for <paramref name="reader"/> in one phrase: "1 200 MAD (≈ 110 €, …)" when they
    /// read another currency, else the MAD amount alone. For a sentence that compares two amounts.
    /// </summary>
    public static string Amount(TurnContext context, Person reader, decimal mad)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);

        return context.Prices is { } prices
            ? prices.FormatPrice(mad, prices.CurrencyOf(reader.Id), NegotiationNotices.LanguageOf(context, reader))
            : mad.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " MAD";
    }

    /// <summary><paramref name="text"/> with the reader's price line under it, when they have one.</summary>
    public static string WithPrice(TurnContext context, Person reader, string text, decimal mad)
    {
        ArgumentNullException.ThrowIfNull(text);

        return Line(context, reader, mad) is { } line ? text + "\n" + line : text;
    }

    /// <summary>Renders <paramref name="text"/> for <paramref name="reader"/> with their price line.</summary>
    public static string Render(TurnContext context, Person reader, LocalizedText text, decimal mad)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);

        var rendered = text.Render(context.Catalog, NegotiationNotices.LanguageOf(context, reader));
        return WithPrice(context, reader, rendered, mad);
    }
}
