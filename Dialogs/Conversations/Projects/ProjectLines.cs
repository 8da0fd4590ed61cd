using System.Text;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// Writes projects as numbered menu lines: "1️⃣ Title (Place)" and the description under it, the
/// title and description as <see cref="IProjectTextPresenter"/> gives them for the reader.
/// </summary>
public static class ProjectLines
{
    /// <summary>Put after the title of a project the reader already voted for.</summary>
    public const char VotedMark = '✅';

    /// <summary>
    /// The lines of <paramref name="projects"/> for a reader of <paramref name="language"/>; the
    /// projects whose ids are in <paramref name="marked"/> get <see cref="VotedMark"/>.
    /// </summary>
    public static async Task<string> RenderAsync(
        IReadOnlyList<SocialProject> projects,
        IProjectTextPresenter presenter,
        string language,
        CancellationToken cancellationToken,
        IReadOnlySet<string>? marked = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(presenter);

        var builder = new StringBuilder();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var title = await presenter.TitleAsync(project, language, cancellationToken);
            builder.Append('\n').Append(Digits.Keycap(i + 1)).Append(' ').Append(title);
            if (project.Place.Length > 0)
            {
                builder.Append(" (").Append(project.Place).Append(')');
            }

            if (marked?.Contains(project.Id) == true)
            {
                builder.Append(' ').Append(VotedMark);
            }

            var description = await presenter.DescriptionAsync(project, language, cancellationToken);
            if (description.Length > 0)
            {
                builder.Append("\n   ").Append(description);
            }
        }

        return builder.ToString();
    }

    /// <summary>Numbered titles only, for short menus, as written.</summary>
    public static string Titles(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);

        return string.Concat(titles.Select((title, i) => $"\n{Digits.Keycap(i + 1)} {title}"));
    }

    /// <summary>Numbered titles only, for short menus, for a reader of <paramref name="language"/>.</summary>
    public static async Task<string> TitlesAsync(
        IReadOnlyList<SocialProject> projects,
        IProjectTextPresenter presenter,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(presenter);

        var titles = new List<string>(projects.Count);
        foreach (var project in projects)
        {
            titles.Add(await presenter.TitleAsync(project, language, cancellationToken));
        }

        return Titles(titles);
    }

    /// <summary>The number a reply names (any digit script or keycap), or null.</summary>
    public static int? Number(string? reply) =>
        int.TryParse(TextNormalizer.Normalize(reply), out var number) ? number : null;
}
