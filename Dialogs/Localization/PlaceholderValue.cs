using System.Globalization;
using System.Text.Json;

namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// Turns a placeholder's value into text the same way in every language: numbers with a dot for
/// decimals and no grouping (people type and read them that way on phones here). Values that
/// came back from saved dialog state arrive as <see cref="JsonElement"/> and read the same.
/// </summary>
internal static class PlaceholderValue
{
    public static string ToText(object? value) => value switch
    {
        null => "",
        string text => text,
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        float number => number.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        JsonElement element => FromJson(element),
        _ => value.ToString() ?? "",
    };

    private static string FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Number => ToText(element.GetDecimal()),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => element.GetRawText(),
    };
}
