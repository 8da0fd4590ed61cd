namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>What a prompt made of a reply: a value, or nothing usable.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value);
