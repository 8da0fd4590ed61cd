namespace SoukPlay.Dialogs.Engine;

/// <summary>A word that works at any point of any conversation.</summary>
public enum GlobalCommand
{
    None,

    /// <summary>"menu", "0", "القائمة" ...: drop everything and show the main menu.</summary>
    Menu,

    /// <summary>"help", "aide", "مساعدة", "info", "3awni" ...: explain, then ask the current question again.</summary>
    Help,

    /// <summary>
    /// "language", "langue", "لغة", "lugha" ...: choose the language again, then the question in
    /// progress is asked again in it (see <see cref="DialogRunner"/>).
    /// </summary>
    Language,

    /// <summary>"stop", "arrêt", "وقف" ...: unsubscribe from every message but the confirmation.</summary>
    Stop,

    /// <summary>"start", "commencer", "بدا" ...: subscribe again (only counts after a stop).</summary>
    Start,
}
