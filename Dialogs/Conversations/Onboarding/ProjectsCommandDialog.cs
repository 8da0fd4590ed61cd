using SoukPlay.Dialogs.Conversations.Projects;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// "projects" (any word of <see cref="ProjectsDialog.EntryWordsKey"/>, as the whole message) from
/// anywhere, a negotiation included (a <see cref="WordCommand"/>): opens the projects menu for
/// anyone who has a role or belongs to a cooperative (an invited member need not choose a role
/// first). For anyone else, or without the projects dialogs, or inside them already, it declines
/// the message, which goes on as usual (to onboarding, say).
/// </summary>
public sealed class ProjectsCommandDialog : Dialog
{
    public const string DialogId = "onboarding.projects.command";

    private readonly ICommunityStore? _community;

    public ProjectsCommandDialog(ICommunityStore? community = null)
        : base(DialogId)
    {
        _community = community;
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var open = dc.Dialogs.Find(ProjectsDialog.DialogId) is not null
            && !dc.Stack.Instances.Exists(instance => instance.Id == ProjectsDialog.DialogId)
            && await IsRegisteredAsync(dc.Context.Person, cancellationToken);
        if (open)
        {
            return await dc.ReplaceDialogAsync(ProjectsDialog.DialogId, null, cancellationToken);
        }

        dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);
        return DialogTurnResult.Empty;
    }

    private async Task<bool> IsRegisteredAsync(Person person, CancellationToken ct)
    {
        if (person.Role != Role.None)
        {
            return true;
        }

        if (_community is null)
        {
            return false;
        }

        var memberships = await _community.ListMembershipsOfPersonAsync(person.Id, ct);
        return memberships.Any(membership => membership.Status == MembershipStatus.Active);
    }
}
