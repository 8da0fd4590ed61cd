using System.Text.Json;
using System.Text.Json.Serialization;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// The dialogs one conversation is in, innermost last. It round-trips through
/// <see cref="ToJson"/> and <see cref="FromJson"/> into <c>DialogState.Json</c>.
/// </summary>
public sealed class DialogStackState
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    [JsonConstructor]
    public DialogStackState(List<DialogInstance>? instances = null)
    {
        Instances = instances ?? [];
    }

    /// <summary>The entries, outermost first; the last one is the active dialog.</summary>
    public List<DialogInstance> Instances { get; }

    [JsonIgnore]
    public DialogInstance? Active => Instances.Count == 0 ? null : Instances[^1];

    /// <summary>Reads a saved stack; an empty or blank text is an empty stack.</summary>
    public static DialogStackState FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new DialogStackState()
            : JsonSerializer.Deserialize<DialogStackState>(json, SerializerOptions) ?? new DialogStackState();

    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);
}
