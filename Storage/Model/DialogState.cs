namespace SoukPlay.Storage.Model;

/// <summary>
/// The saved dialog stack of one conversation, serialized by the dialog engine. The store treats
/// <see cref="Json"/> as opaque.
/// </summary>
public sealed class DialogState : IEntity
{
    /// <summary>The conversation key: the person's id.</summary>
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string Json { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
