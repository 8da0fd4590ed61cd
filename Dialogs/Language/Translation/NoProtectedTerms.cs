namespace SoukPlay.Dialogs.Language.Translation;

public sealed class NoProtectedTerms : IProtectedTermsSource
{
    public IReadOnlyCollection<string> GetProductNames() => [];
}
