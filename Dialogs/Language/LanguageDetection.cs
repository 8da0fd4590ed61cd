namespace SoukPlay.Dialogs.Language;

/// <summary>The language of one message, with how sure and why.</summary>
/// <param name="Language">A code from <see cref="LanguageCodes"/>.</param>
/// <param name="Confidence">0 to 1; 1 for the saved language when nothing was detected.</param>
/// <param name="Evidence">What decided it.</param>
public sealed record LanguageDetection(string Language, double Confidence, LanguageEvidence Evidence)
{
    /// <summary>The message said something about its language (it was not just the prior).</summary>
    public bool IsDetected => Evidence != LanguageEvidence.Prior;
}
