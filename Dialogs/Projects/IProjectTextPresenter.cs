using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// How a project's title and description read for a given reader. This is the seam for
/// translating descriptions into the reader's language (another room's work); the default,
/// <see cref="PassThroughProjectTextPresenter"/>, shows them as the submitter wrote them.
/// </summary>
public interface IProjectTextPresenter
{
    /// <summary>The description of <paramref name="project"/> for a reader of <paramref name="language"/>.</summary>
    Task<string> DescriptionAsync(SocialProject project, string language, CancellationToken cancellationToken);
}
