using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// Shows titles and descriptions exactly as written. Known shortcoming: a reader of another
/// language sees the submitter's words untranslated, and a description given only as a voice note shows empty
/// until transcription fills <see cref="SocialProject.Description"/>.
/// </summary>
public sealed class PassThroughProjectTextPresenter : IProjectTextPresenter
{
    public Task<string> TitleAsync(SocialProject project, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);

        return Task.FromResult(project.Title);
    }

    public Task<string> DescriptionAsync(
        SocialProject project,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);

        return Task.FromResult(project.Description);
    }
}
