using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

public sealed class CachingTranslatorTests
{
    private readonly RecordingTranslator _provider = new();
    private readonly InMemoryTranslationCache _cache = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TranslateAsync_SameTextTwice_CallsProviderOnce()
    {
        var translator = Create(budget: 1000);

        var first = await translator.TranslateAsync("hola amigo", "es", "fr", default);
        var second = await translator.TranslateAsync("hola amigo", "es", "fr", default);

        _provider.Calls.Should().HaveCount(1);
        second.Text.Should().Be(first.Text).And.Be("HOLA AMIGO");
        second.Provider.Should().Be("cache:fake");
    }

    [Fact]
    public async Task TranslateAsync_SameTextOtherTarget_IsTranslatedAgain()
    {
        var translator = Create(budget: 1000);

        await translator.TranslateAsync("hola amigo", "es", "fr", default);
        await translator.TranslateAsync("hola amigo", "es", "en", default);

        _provider.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task TranslateAsync_Stored_UsesShaOfFromToText()
    {
        var translator = Create(budget: 1000);

        await translator.TranslateAsync("hola", "es", "fr", default);

        var expectedKey = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData("es|fr|hola"u8.ToArray()));
        _cache.Entries.Should().ContainKey(expectedKey);
        _cache.Entries[expectedKey].CreatedAt.Should().Be(_time.GetUtcNow());
    }

    [Fact]
    public async Task TranslateBatchAsync_SomeCached_SendsOnlyMisses()
    {
        var translator = Create(budget: 1000);
        await translator.TranslateAsync("uno", "es", "fr", default);

        var results = await translator.TranslateBatchAsync(["uno", "dos", "tres"], "es", "fr", default);

        _provider.Calls[^1].Should().Equal("dos", "tres");
        results.Select(r => r.Text).Should().Equal("UNO", "DOS", "TRES");
    }

    [Fact]
    public async Task TranslateAsync_BudgetSpent_FallsBackToGlossaryAndDoesNotCacheIt()
    {
        var translator = Create(budget: 12);
        await translator.TranslateAsync("hola amigo", "es", "fr", default);

        var spent = await translator.TranslateAsync("gracias", "es", "fr", default);

        _provider.Calls.Should().HaveCount(1, "10 + 7 characters exceed the budget of 12");
        spent.Provider.Should().Be("glossary");
        spent.Text.Should().Be("merci");
        _cache.Entries.Values.Should().ContainSingle().Which.Text.Should().Be("hola amigo");
    }

    [Fact]
    public async Task TranslateAsync_TextLongerThanBudget_NeverReachesProvider()
    {
        var translator = Create(budget: 5);

        var result = await translator.TranslateAsync("buenas tardes", "es", "fr", default);

        _provider.Calls.Should().BeEmpty();
        result.Text.Should().Be("[es] buenas tardes");
    }

    [Fact]
    public async Task TranslateAsync_WithinBudgetAfterReset_UsesProviderAgain()
    {
        var translator = Create(budget: 10);
        await translator.TranslateAsync("gracias", "es", "fr", default);
        var spent = await translator.TranslateAsync("adios", "es", "fr", default);

        _time.Advance(TimeSpan.FromDays(1));
        var nextDay = await translator.TranslateAsync("adios", "es", "fr", default);

        spent.Provider.Should().Be("glossary");
        nextDay.Provider.Should().Be("fake");
    }

    [Fact]
    public async Task TranslateAsync_Failure_IsNotCached()
    {
        var translator = Create(budget: 1000);
        _provider.FailWith = "timeout";

        await translator.TranslateAsync("hola", "es", "fr", default);
        _provider.FailWith = null;
        var retried = await translator.TranslateAsync("hola", "es", "fr", default);

        _provider.Calls.Should().HaveCount(2);
        retried.Text.Should().Be("HOLA");
    }

    [Fact]
    public async Task TranslateAsync_StoreBroken_StillTranslates()
    {
        var translator = Create(budget: 1000);
        _cache.Broken = true;

        var result = await translator.TranslateAsync("hola", "es", "fr", default);

        result.Text.Should().Be("HOLA");
    }

    private CachingTranslator Create(int budget) => new(
        _provider,
        new GlossaryTranslator(),
        _cache,
        Options.Create(new CachingTranslatorOptions { DailyCharacterBudget = budget }),
        _time,
        NullLogger<CachingTranslator>.Instance);
}
