namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>Names known to the caller (the product and shop a message is about), kept untranslated.</summary>
public sealed class FixedProtectedTerms : IProtectedTermsSource
{
    private readonly IReadOnlyCollection<string> _names;

    public FixedProtectedTerms(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        _names = [.. names.Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyCollection<string> GetProductNames() => _names;
}
