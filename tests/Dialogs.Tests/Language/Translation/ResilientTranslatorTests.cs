using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

public sealed class ResilientTranslatorTests
{
    private readonly RecordingTranslator _provider = new();
    private readonly FakeLogger<ResilientTranslator> _logger = new();

    [Theory]
    [InlineData("fr", "(traduction indisponible pour le moment, message d'origine)")]
    [InlineData("es", "(traducción no disponible por ahora, mensaje original)")]
    [InlineData("ary-Latn", "(ma t-trejmch daba, ha lmessage kima tkteb)")]
    public async Task TranslateAsync_ProviderFailed_SendsOriginalWithNoteInReadersLanguage(string reader, string note)
    {
        _provider.FailWith = "over-quota";
        var translator = new ResilientTranslator(_provider, _logger);

        var result = await translator.TranslateAsync("salam bghit 300 dh", "ary-Latn", reader, default);

        result.Text.Should().Be("salam bghit 300 dh\n" + note);
        result.Outcome.Should().Be(TranslationOutcome.Failed);
        _logger.Collector.LatestRecord.Level.Should().Be(LogLevel.Warning);
        _logger.Collector.LatestRecord.Message.Should().Contain("over-quota").And.NotContain("salam");
    }

    [Fact]
    public async Task TranslateAsync_ProviderThrew_SendsOriginalAndLogsError()
    {
        _provider.Throw = true;
        var translator = new ResilientTranslator(_provider, _logger);

        var result = await translator.TranslateAsync("hello there", "en", "fr", default);

        result.Text.Should().StartWith("hello there\n(traduction indisponible");
        _logger.Collector.LatestRecord.Level.Should().Be(LogLevel.Error);
    }

    [Fact]
    public async Task TranslateAsync_AfterFailure_TriesProviderAgain()
    {
        _provider.FailWith = "unavailable";
        var translator = new ResilientTranslator(_provider, _logger);
        await translator.TranslateAsync("hello there", "en", "fr", default);

        _provider.FailWith = null;
        var result = await translator.TranslateAsync("hello there", "en", "fr", default);

        result.Text.Should().Be("HELLO THERE");
        _provider.Calls.Should().HaveCount(2);
    }
}
