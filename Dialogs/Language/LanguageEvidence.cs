namespace SoukPlay.Dialogs.Language;

/// <summary>Why <see cref="LanguageDetection.Language"/> was chosen.</summary>
public enum LanguageEvidence
{
    /// <summary>Not enough to go on (digits, emoji, a word or two): the saved language stands.</summary>
    Prior,

    /// <summary>Lingua's statistical models.</summary>
    Lingua,

    /// <summary>The Arabizi recogniser.</summary>
    Arabizi,

    /// <summary>Darija words in Arabic script ("بغيت", "ديال", "شحال").</summary>
    DarijaWords,
}
