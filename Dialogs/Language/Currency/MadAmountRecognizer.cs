namespace SoukPlay.Dialogs.Language.Currency;

/// <summary>
/// Reads amounts as the inner recognizer does and gives them in dirhams: "€45" becomes 490 MAD
/// (whole dirhams, half up) with the configured rate, so that prices and offers are always kept
/// in MAD. The answer's <see cref="AmountRecognition.Currency"/> is then MAD.
/// </summary>
/// <remarks>
/// Known shortcomings: an amount in a currency without a configured rate is not understood
/// (the person is asked again) rather than guessed; ambiguous readings are passed on unconverted,
/// since the prompts ask again for those anyway.
/// </remarks>
public sealed class MadAmountRecognizer : IAmountRecognizer
{
    private readonly IAmountRecognizer _inner;
    private readonly CurrencyConverter _converter;

    public MadAmountRecognizer(IAmountRecognizer inner, CurrencyConverter converter)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(converter);

        _inner = inner;
        _converter = converter;
    }

    public AmountRecognition Recognize(string text, string language)
    {
        var recognition = _inner.Recognize(text, language);
        if (recognition is not { Value: { } value, Currency: { } currency }
            || string.Equals(currency, CurrencyConverter.Mad, StringComparison.OrdinalIgnoreCase))
        {
            return recognition;
        }

        return _converter.ToMad(value, currency) is { } mad
            ? AmountRecognition.Of(mad, CurrencyConverter.Mad)
            : AmountRecognition.None;
    }
}
