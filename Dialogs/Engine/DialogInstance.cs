using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SoukPlay.Dialogs.Engine;

/// <summary>One entry of the dialog stack: which dialog, and what it saved.</summary>
public sealed class DialogInstance
{
    [JsonConstructor]
    public DialogInstance(string id, JsonObject? data = null, bool isAside = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);

        Id = id;
        Data = data ?? [];
        IsAside = isAside;
    }

    public string Id { get; }

    /// <summary>
    /// Begun by <see cref="DialogContext.BeginAsideAsync"/> (a global command such as "language"):
    /// its result goes to nobody, and the dialog below asks its question again when it ends.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsAside { get; }

    /// <summary>The saved values as JSON (what <see cref="State"/> reads and writes).</summary>
    public JsonObject Data { get; }

    [JsonIgnore]
    public DialogValues State => new(Data);
}
