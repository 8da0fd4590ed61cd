using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// How a project's title and description read for a given reader: the seam for translating them
/// into the reader's language. The default, <see cref="PassThroughProjectTextPresenter"/>, shows
/// them as the submitter wrote them; <see cref="TranslatingProjectTextPresenter"/> translates.
/// </summary>
public interface IProjectTextPresenter
{
    /// <summary>The title of <paramref name="project"/> for a reader of <paramref name="language"/>.</summary>
    Task<string> TitleAsync(SocialProject project, string language, CancellationToken cancellationToken);

    /// <summary>The description of <paramref name="project"/> for a reader of <paramref name="language"/>.</summary>
    Task<string> DescriptionAsync(SocialProject project, string language, CancellationToken cancellationToken);
}
