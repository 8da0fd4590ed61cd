namespace SoukPlay.Dialogs.Engine;

/// <summary>Every dialog the bot knows, by id, with the children each one registered.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog>? dialogs = null)
    {
        foreach (var dialog in dialogs ?? [])
        {
            Add(dialog);
        }
    }

    public IReadOnlyCollection<string> Ids => _dialogs.Keys;

    /// <summary>Adds <paramref name="dialog"/> and its children.</summary>
    /// <exception cref="InvalidOperationException">Another dialog already has the id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);

        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (!ReferenceEquals(existing, dialog))
            {
                throw new InvalidOperationException(
                    $"Two dialogs have the id '{dialog.Id}'; give each dialog its own id.");
            }

            return this;
        }

        _dialogs.Add(dialog.Id, dialog);
        foreach (var child in dialog.Children)
        {
            Add(child);
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
