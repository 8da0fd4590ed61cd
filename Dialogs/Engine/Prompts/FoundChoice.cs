namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>The option a person picked: its position from 0 and its value.</summary>
public sealed record FoundChoice(int Index, string Value);
