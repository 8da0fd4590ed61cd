namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>A project's description as given: typed text, or the address of a voice note.</summary>
public sealed record ProjectDescription(string Text, string? VoiceNoteUrl);
