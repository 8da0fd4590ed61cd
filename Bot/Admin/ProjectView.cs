using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Admin;

/// <summary>A project as administrators review it. The submitter's number is masked.</summary>
public sealed record ProjectView(
    string Id,
    string CampaignId,
    string Submitter,
    string Title,
    string Description,
    string DescriptionLanguage,
    string? VoiceNoteUrl,
    string Place,
    decimal AmountSoughtMad,
    string? PhotoUrl,
    string Status,
    DateTimeOffset SubmittedAt)
{
    public static ProjectView From(SocialProject project)
    {
        ArgumentNullException.ThrowIfNull(project);

        return new ProjectView(
            project.Id,
            project.CampaignId,
            Dialogs.Turns.PhoneMask.Mask(project.SubmitterId),
            project.Title,
            project.Description,
            project.DescriptionLanguage,
            project.VoiceNoteUrl,
            project.Place,
            project.AmountSoughtMad,
            project.PhotoUrl,
            project.Status.ToString(),
            project.SubmittedAt);
    }
}
