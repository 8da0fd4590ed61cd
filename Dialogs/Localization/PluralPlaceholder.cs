namespace SoukPlay.Dialogs.Localization;

/// <summary>
/// A placeholder that takes the plural form of its count: <c>{members:one=# membre|other=#
/// membres}</c> is filled with "1 membre" or "3 membres". The name comes before the colon, then
/// <c>category=text</c> pairs separated by <c>|</c>, with the categories of
/// <see cref="PluralRules"/>; <c>#</c> in a text stands for the count, written like any other
/// placeholder value (so a form may leave it out: <c>one=عضو واحد</c>). The <c>other</c> form
/// stands for every category a text does not name, and for a value that is no number.
/// </summary>
public sealed record PluralPlaceholder(string Name, IReadOnlyDictionary<string, string> Forms)
{
    /// <summary>Stands for the count inside a form.</summary>
    public const char CountMark = '#';

    /// <summary>
    /// Reads what is between the braces of a placeholder; null for a plain <c>{name}</c> or a
    /// text without one <c>category=text</c> pair.
    /// </summary>
    public static PluralPlaceholder? Parse(string placeholder)
    {
        ArgumentNullException.ThrowIfNull(placeholder);

        var colon = placeholder.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in placeholder[(colon + 1)..].Split('|'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            forms[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return new PluralPlaceholder(placeholder[..colon].Trim(), forms);
    }

    /// <summary>
    /// The form for <paramref name="value"/> in <paramref name="language"/>, with the count
    /// written in as <paramref name="countText"/>.
    /// </summary>
    public string Render(string language, object? value, string countText)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(countText);

        var category = PluralRules.CountOf(value) is { } count
            ? PluralRules.CategoryOf(language, count)
            : PluralRules.Other;
        var form = Forms.TryGetValue(category, out var chosen) || Forms.TryGetValue(PluralRules.Other, out chosen)
            ? chosen
            : Forms.Values.Last();
        return form.Replace(CountMark.ToString(), countText, StringComparison.Ordinal);
    }
}
