namespace SoukPlay.Dialogs.Projects;

/// <summary>What a member gives when submitting a project.</summary>
public sealed record ProjectDraft(
    string Title,
    string Description,
    string DescriptionLanguage,
    string? VoiceNoteUrl,
    string Place,
    decimal AmountSoughtMad,
    string? PhotoUrl);
