using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Tests.Language.Translation;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Projects;

public sealed class TranslatingProjectTextPresenterTests
{
    private readonly RecordingTranslator _provider = new();

    [Fact]
    public async Task TitleAsync_ReaderOfAnotherLanguage_TranslatedWithPlaceAndNumbersKept()
    {
        var presenter = Create(_provider);

        var title = await presenter.TitleAsync(Project("Puits 2 pour Tafraout"), "en", default);

        title.Should().Be("PUITS 2 POUR Tafraout");
        _provider.Calls.Should().ContainSingle().Which.Single().Should()
            .NotContain("Tafraout").And.NotContain("2").And.Contain("Puits");
    }

    [Fact]
    public async Task TitleAsync_ReaderOfTheSubmittersLanguage_AsWrittenWithoutTranslator()
    {
        var presenter = Create(_provider);

        var title = await presenter.TitleAsync(Project("Puits du douar"), "fr", default);

        title.Should().Be("Puits du douar");
        _provider.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task TitleAsync_TranslatorFails_AsWritten()
    {
        _provider.FailWith = "unavailable";
        var presenter = Create(_provider);

        var title = await presenter.TitleAsync(Project("Puits du douar"), "en", default);

        title.Should().Be("Puits du douar");
    }

    [Fact]
    public async Task TitleAsync_ReadTwiceThroughTheCachingTranslator_TranslatedOnce()
    {
        var caching = new CachingTranslator(
            _provider,
            new GlossaryTranslator(),
            new InMemoryTranslationCache(),
            Options.Create(new CachingTranslatorOptions()),
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero)),
            NullLogger<CachingTranslator>.Instance);
        var presenter = Create(caching);
        var project = Project("Puits 2 pour Tafraout");

        var first = await presenter.TitleAsync(project, "en", default);
        var second = await presenter.TitleAsync(project, "en", default);

        second.Should().Be(first).And.Be("PUITS 2 POUR Tafraout");
        _provider.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task DescriptionAsync_PlaceInTheText_KeptAsWritten()
    {
        var presenter = Create(_provider);
        var project = Project("Puits");
        project.Description = "Un puits pour Tafraout";

        var description = await presenter.DescriptionAsync(project, "en", default);

        description.Should().Be("UN PUITS POUR Tafraout");
    }

    private static TranslatingProjectTextPresenter Create(ITranslator translator) =>
        new(translator, NullLogger<TranslatingProjectTextPresenter>.Instance);

    private static SocialProject Project(string title) => new()
    {
        Id = "project-1",
        Title = title,
        Description = "Un puits",
        DescriptionLanguage = "fr",
        Place = "Tafraout",
    };
}
