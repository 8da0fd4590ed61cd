using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// A dialog begun on top of whatever a person is doing when <see cref="AppliesTo"/> says so (a
/// negotiation waiting for them, a ballot they were sent). The dialog either takes the message,
/// or takes itself off the stack without a word and returns an empty result, and the message goes
/// to the active dialog as usual.
/// </summary>
/// <param name="DialogId">The dialog begun.</param>
/// <param name="AppliesTo">Whether it waits for this person.</param>
/// <param name="ShowOptions">
/// When set, how to begin the dialog so that it only shows its question (the offer and its menu)
/// and takes no message. The runner does so where it would otherwise ask the question below
/// again — after "help", and when an aside such as the language menu ends — so that what the
/// person last sees is what their next digit answers. Such a dialog that has nothing to show takes
/// itself off the stack and returns an empty result.
/// </param>
public sealed record DialogInterruption(
    string DialogId,
    Func<Person, bool> AppliesTo,
    Func<Person, object>? ShowOptions = null);
