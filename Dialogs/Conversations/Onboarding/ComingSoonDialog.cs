using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// Stands in for a role's dialog until its room registers the real one under the same id: says
/// the space is coming soon, in the person's language, and ends.
/// </summary>
public sealed class ComingSoonDialog : Dialog
{
    public ComingSoonDialog(string id)
        : base(id)
    {
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var person = dc.Context.Person;
        dc.Context.Reply("coming.soon", new Dictionary<string, object?>
        {
            ["role"] = dc.Context.Render(RoleDialogs.LabelKey(person.Role)),
        });
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
