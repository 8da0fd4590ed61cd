using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

public sealed partial class CampaignService
{
    /// <summary>Submits a project to the open campaign; it waits for approval before anyone votes.</summary>
    public async Task<ProjectOutcome> SubmitAsync(
        string submitterId,
        ProjectDraft draft,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submitterId);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(changes);

        var now = _time.GetUtcNow();
        var campaign = await _community.FindOpenCampaignAsync(cancellationToken);
        if (campaign is null || !VoteRules.IsOpen(campaign, now))
        {
            return new ProjectOutcome(CommunityResult.NoOpenCampaign);
        }

        if (string.IsNullOrWhiteSpace(draft.Title) || draft.AmountSoughtMad < 1)
        {
            return new ProjectOutcome(CommunityResult.Invalid);
        }

        var project = new SocialProject
        {
            Id = $"project-{Guid.CreateVersion7(now):N}",
            CampaignId = campaign.Id,
            SubmitterId = submitterId,
            Title = draft.Title.Trim(),
            Description = draft.Description.Trim(),
            DescriptionLanguage = draft.DescriptionLanguage,
            VoiceNoteUrl = draft.VoiceNoteUrl,
            Place = draft.Place.Trim(),
            AmountSoughtMad = draft.AmountSoughtMad,
            PhotoUrl = draft.PhotoUrl,
            Status = ProjectStatus.PendingApproval,
            SubmittedAt = now,
        };
        changes.Put(project);
        Log.ProjectSubmitted(_logger, project.Id, campaign.Id);
        return new ProjectOutcome(CommunityResult.Done, project);
    }

    /// <summary>Approves or rejects a pending project and tells its submitter, in their language.</summary>
    public async Task<ProjectOutcome> DecideAsync(
        string projectId,
        bool approve,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var project = await _community.GetProjectAsync(projectId, cancellationToken);
        if (project is null)
        {
            return new ProjectOutcome(CommunityResult.NotFound);
        }

        if (project.Status != ProjectStatus.PendingApproval)
        {
            return new ProjectOutcome(CommunityResult.NotPending, project);
        }

        var now = _time.GetUtcNow();
        project.Status = approve ? ProjectStatus.Approved : ProjectStatus.Rejected;
        project.DecidedAt = now;
        changes.Put(project);

        if (await _people.GetPersonAsync(project.SubmitterId, cancellationToken) is { } submitter)
        {
            var text = new LocalizedText(
                approve ? "project.approved" : "project.rejected",
                new Dictionary<string, object?> { ["title"] = project.Title });
            var message = _notices.For(submitter, text, DecidedKind);
            foreach (var entry in CommunityNotices.Compose($"decide-{project.Id}", [message], now))
            {
                changes.Put(entry);
            }
        }

        Log.ProjectDecided(_logger, project.Id, approve);
        return new ProjectOutcome(CommunityResult.Done, project);
    }

    /// <summary>The campaign's projects waiting for a decision, oldest first.</summary>
    public async Task<IReadOnlyList<SocialProject>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var campaign = await _community.FindOpenCampaignAsync(cancellationToken);
        return campaign is null
            ? []
            : await _community.ListProjectsAsync(campaign.Id, ProjectStatus.PendingApproval, cancellationToken);
    }
}
