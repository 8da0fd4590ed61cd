using System.Text;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>Writes projects as numbered menu lines: "1️⃣ Title (Place)" and the description under it.</summary>
public static class ProjectLines
{
    public static async Task<string> RenderAsync(
        IReadOnlyList<SocialProject> projects,
        IProjectTextPresenter presenter,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(presenter);

        var builder = new StringBuilder();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            builder.Append('\n').Append(Digits.Keycap(i + 1)).Append(' ').Append(project.Title);
            if (project.Place.Length > 0)
            {
                builder.Append(" (").Append(project.Place).Append(')');
            }

            var description = await presenter.DescriptionAsync(project, language, cancellationToken);
            if (description.Length > 0)
            {
                builder.Append("\n   ").Append(description);
            }
        }

        return builder.ToString();
    }

    /// <summary>Numbered titles only, for short menus.</summary>
    public static string Titles(IReadOnlyList<SocialProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);

        return string.Concat(projects.Select((p, i) => $"\n{Digits.Keycap(i + 1)} {p.Title}"));
    }

    /// <summary>The number a reply names (any digit script or keycap), or null.</summary>
    public static int? Number(string? reply) =>
        int.TryParse(TextNormalizer.Normalize(reply), out var number) ? number : null;
}
