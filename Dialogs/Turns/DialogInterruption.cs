using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// A dialog begun on top of whatever a person is doing when <see cref="AppliesTo"/> says so (a
/// negotiation waiting for them, a ballot they were sent). The dialog either takes the message,
/// or takes itself off the stack without a word and returns an empty result, and the message goes
/// to the active dialog as usual.
/// </summary>
public sealed record DialogInterruption(string DialogId, Func<Person, bool> AppliesTo);
