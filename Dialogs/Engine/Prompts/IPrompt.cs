namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>Marks the dialogs that ask one question (every <see cref="Prompt{T}"/>).</summary>
public interface IPrompt;
