using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// A dialog's saved values: a JSON object, so that what a dialog stores is exactly what it reads
/// back after the stack was saved and the process restarted. Store strings, numbers, bools,
/// enums and small records of those; anything <see cref="JsonSerializer"/> round-trips works.
/// </summary>
public sealed class DialogValues
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public DialogValues(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);

        Data = data;
    }

    /// <summary>The underlying JSON, as saved.</summary>
    public JsonObject Data { get; }

    public bool Contains(string key) => Data.ContainsKey(key);

    /// <summary>The value under <paramref name="key"/>, or <c>default</c> when absent.</summary>
    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (Data[key] is { } node && node.Deserialize<T>(SerializerOptions) is { } read)
        {
            value = read;
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);

        Data[key] = JsonSerializer.SerializeToNode(value, SerializerOptions);
    }

    public bool Remove(string key) => Data.Remove(key);

    /// <summary>The nested values under <paramref name="key"/>, created when absent.</summary>
    public DialogValues Child(string key)
    {
        if (Data[key] is not JsonObject child)
        {
            child = [];
            Data[key] = child;
        }

        return new DialogValues(child);
    }
}
