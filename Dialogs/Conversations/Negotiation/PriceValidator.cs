using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>Offers and counter-offers are whole dirhams from 1 up to the marketplace's ceiling.</summary>
public static class PriceValidator
{
    /// <summary>
    /// A validator that refuses amounts under 1, over <paramref name="maxPriceMad"/> or with
    /// centimes, saying why with <paramref name="retryKey"/> (which may use <c>{max}</c>).
    /// </summary>
    public static PromptValidator<decimal> Create(decimal maxPriceMad, string retryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(retryKey);

        return (validation, _) =>
        {
            var amount = validation.Recognized.Value;
            var valid = amount >= 1 && amount <= maxPriceMad && decimal.Truncate(amount) == amount;
            if (validation.Recognized.Succeeded && !valid)
            {
                validation.RetryText = new LocalizedText(
                    retryKey, new Dictionary<string, object?> { ["max"] = maxPriceMad });
            }

            return Task.FromResult(valid);
        };
    }
}
