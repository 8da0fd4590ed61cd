namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// A dialog that a message opens from anywhere when the message is exactly one of the words under
/// <see cref="WordsKey"/> (in any catalogue, folded as <see cref="GlobalCommands"/> folds them),
/// even while a negotiation or a ballot waits for the person. The runner begins
/// <see cref="DialogId"/> as an aside (<see cref="DialogContext.BeginAsideAsync"/>), so the question
/// the person was on is asked again when it ends. The dialog may decline the message: it takes
/// itself off the stack without a word and returns <see cref="DialogTurnStatus.Empty"/>, and the
/// message goes on as if no word had matched. A message that merely contains the word is no command.
/// </summary>
public sealed record WordCommand(string WordsKey, string DialogId);
