namespace SoukPlay.Dialogs.Language.Amounts;

internal readonly record struct NumberWord(NumberWordKind Kind, int Value);
