using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Turns;

/// <summary>How turns run.</summary>
public sealed class TurnOptions
{
    /// <summary>The dialog begun when a conversation has nothing on its stack, and by "menu" or "0".</summary>
    public string MainDialogId { get; set; } = "main";

    /// <summary>The dialog begun by "language", "langue", "لغة" ... at any time.</summary>
    public string LanguageDialogId { get; set; } = "onboarding.language";

    /// <summary>The catalogue language for someone who has not chosen one yet.</summary>
    public string DefaultLanguage { get; set; } = "fr";

    /// <summary>How many times a turn runs when its commit meets a concurrent change.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Checked in order before the active dialog continues; the first that takes the message wins.
    /// None starts while a global command's own question (an aside, such as the language menu) waits.
    /// </summary>
    public IList<DialogInterruption> Interruptions { get; } = [];

    /// <summary>Words that open a dialog from anywhere, checked before the interruptions.</summary>
    public IList<WordCommand> WordCommands { get; } = [];
}
