namespace SoukPlay.Dialogs.Language;

/// <summary>
/// How much a Latin-letter text looks like Darija (Arabizi) and how much like French, English
/// or Spanish, each as a share of its words (0 to about 1).
/// </summary>
public readonly record struct ArabiziScore(double Darija, double French, double English, double Spanish, int Words)
{
    /// <summary>The lowest Darija share that counts, once it beats every other language.</summary>
    public const double Threshold = 0.25;

    public bool IsArabizi => Darija >= Threshold && Darija > Math.Max(French, Math.Max(English, Spanish));
}
