namespace SoukPlay.Dialogs.Language;

/// <summary>
/// The outcome of reading an amount. <see cref="Value"/> is set when exactly one reading is
/// certain; <see cref="IsAmbiguous"/> asks the caller to confirm <see cref="Candidates"/> instead
/// of guessing.
/// </summary>
public sealed record AmountRecognition
{
    public static AmountRecognition None { get; } = new();

    public decimal? Value { get; init; }

    /// <summary>An ISO currency code when the text named one (MAD for "dh", "درهم"; EUR for "€").</summary>
    public string? Currency { get; init; }

    public bool IsAmbiguous { get; init; }

    public IReadOnlyList<decimal> Candidates { get; init; } = [];

    public bool IsRecognized => Value is not null;

    public static AmountRecognition Of(decimal value, string? currency = null) =>
        new() { Value = value, Currency = currency };

    public static AmountRecognition Ambiguous(params decimal[] candidates) =>
        new() { IsAmbiguous = true, Candidates = candidates };
}
