namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task FindProductByPhotoAsync_SamePhotoTwice_ReturnsTheOldestProduct()
    {
        var newer = Samples.Product("K7P3Q-2", createdAt: Samples.Morning.AddHours(1));
        var older = Samples.Product("K7P3Q-1");
        var other = Samples.Product("K7P3Q-3");
        other.PhotoUrl = "https://api.twilio.invalid/media/ME2";
        await Store.CommitAsync(newer, older, other);

        var found = await Store.ProductPhotos.FindProductByPhotoAsync("https://api.twilio.invalid/media/ME1");

        found!.Id.Should().Be("K7P3Q-1");
    }

    [SkippableFact]
    public async Task FindProductByPhotoAsync_UnknownOrDifferentlyCasedUrl_ReturnsNull()
    {
        await Store.CommitAsync(Samples.Product());

        (await Store.ProductPhotos.FindProductByPhotoAsync("https://api.twilio.invalid/media/ME9")).Should().BeNull();
        (await Store.ProductPhotos.FindProductByPhotoAsync("https://api.twilio.invalid/media/me1")).Should().BeNull();
    }
}
