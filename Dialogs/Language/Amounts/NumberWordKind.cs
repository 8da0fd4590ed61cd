namespace SoukPlay.Dialogs.Language.Amounts;

internal enum NumberWordKind
{
    /// <summary>A value that adds up: "khamsin", "vingt", "doscientos".</summary>
    Value,

    /// <summary>The word for one, which is also an article ("un sac") and may stand alone.</summary>
    One,

    /// <summary>English "a", a number only before hundred or thousand ("a hundred").</summary>
    Article,

    /// <summary>Multiplies what came before by 100, or means 100 alone ("miya", "cent").</summary>
    Hundred,

    /// <summary>Multiplies what came before by 1000, or means 1000 alone ("alf", "mille", "k").</summary>
    Thousand,

    /// <summary>"w", "و", "et", "and", "y": joins parts of one number.</summary>
    And,
}
