namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Understands a price or quantity as people write or say it, in any script and in words
/// ("1 200", "٢٠٠", "1200dh", "€45", "mitayn", "deux cent cinquante").
/// </summary>
public interface IAmountRecognizer
{
    /// <param name="text">What the person wrote (or what speech-to-text heard).</param>
    /// <param name="language">The person's catalogue language, used as a hint for words.</param>
    AmountRecognition Recognize(string text, string language);
}
