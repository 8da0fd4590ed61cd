using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SoukPlay.Dialogs.Engine;

/// <summary>One entry of the dialog stack: which dialog, and what it saved.</summary>
public sealed class DialogInstance
{
    [JsonConstructor]
    public DialogInstance(string id, JsonObject? data = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);

        Id = id;
        Data = data ?? [];
    }

    public string Id { get; }

    /// <summary>The saved values as JSON (what <see cref="State"/> reads and writes).</summary>
    public JsonObject Data { get; }

    [JsonIgnore]
    public DialogValues State => new(Data);
}
