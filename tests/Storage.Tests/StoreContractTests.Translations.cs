namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task PutTranslationAsync_NewEntry_ReadsBackEveryField()
    {
        await Store.Translations.PutTranslationAsync(Samples.Translation());

        var read = await Store.Translations.GetTranslationAsync("tr-1");

        read.Should().BeEquivalentTo(Samples.Translation(), Exactly);
    }

    [SkippableFact]
    public async Task PutTranslationAsync_SameKeyTwice_LastWriterWins()
    {
        await Store.Translations.PutTranslationAsync(Samples.Translation(translation: "Bonjour"));

        await Store.Translations.PutTranslationAsync(Samples.Translation(translation: "Salut"));

        var read = await Store.Translations.GetTranslationAsync("tr-1");
        read!.Translation.Should().Be("Salut");
    }
}
