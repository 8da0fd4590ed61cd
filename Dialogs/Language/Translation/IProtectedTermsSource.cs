namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Names that must come through translation untouched (product and shop names). The catalogue
/// provides them; <see cref="NoProtectedTerms"/> is the default.
/// </summary>
public interface IProtectedTermsSource
{
    IReadOnlyCollection<string> GetProductNames();
}
