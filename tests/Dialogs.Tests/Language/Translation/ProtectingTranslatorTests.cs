using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

public sealed class ProtectingTranslatorTests
{
    private sealed class Names : IProtectedTermsSource
    {
        public IReadOnlyCollection<string> GetProductNames() => ["tajine Safi"];
    }

    [Fact]
    public async Task TranslateAsync_ProviderSeesOnlyPlaceholders_AndResultIsRestored()
    {
        var provider = new RecordingTranslator();
        var translator = new ProtectingTranslator(provider, new Names());

        var result = await translator.TranslateAsync("le tajine Safi coûte 250 dh 👍", "fr", "en", default);

        provider.Calls[0].Should().Equal("le ⟦0⟧ coûte ⟦1⟧ ⟦2⟧");
        result.Text.Should().Be("LE tajine Safi COÛTE 250 dh 👍");
    }

    [Fact]
    public async Task TranslateAsync_ProviderFailed_CarriesOriginalText()
    {
        var provider = new RecordingTranslator { FailWith = "timeout" };
        var translator = new ProtectingTranslator(provider, new NoProtectedTerms());

        var result = await translator.TranslateAsync("prix 250 dh", "fr", "en", default);

        result.Text.Should().Be("prix 250 dh");
    }
}
