namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    private const string CopySource = "https://api.twilio.invalid/media/ME1";

    [SkippableFact]
    public async Task GetProductPhotoAsync_NoCopy_ReturnsNull()
    {
        (await Store.PhotoCopies.GetProductPhotoAsync("K7P3Q-1")).Should().BeNull();
    }

    [SkippableFact]
    public async Task PutProductPhotoAsync_ThenRestart_GivesBackTheSameBytesTypeSourceAndTime()
    {
        var bytes = PhotoBytes(300_000, seed: 7);
        await Store.PhotoCopies.PutProductPhotoAsync(Copy("K7P3Q-1", bytes, "image/png"));

        var found = await Restart().PhotoCopies.GetProductPhotoAsync("K7P3Q-1");

        found!.ProductId.Should().Be("K7P3Q-1");
        found.Content.ToArray().Should().Equal(bytes);
        found.ContentType.Should().Be("image/png");
        found.SourceUrl.Should().Be(CopySource);
        found.CopiedAt.Should().Be(Samples.Morning);
        found.CopiedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [SkippableFact]
    public async Task PutProductPhotoAsync_SecondCopy_ReplacesTheFirstWhole()
    {
        await Store.PhotoCopies.PutProductPhotoAsync(Copy("K7P3Q-1", PhotoBytes(500_000, seed: 1), "image/jpeg"));
        var smaller = PhotoBytes(1_000, seed: 2);

        await Store.PhotoCopies.PutProductPhotoAsync(Copy("K7P3Q-1", smaller, "image/webp", "https://x.invalid/ME2"));

        var found = await Store.PhotoCopies.GetProductPhotoAsync("K7P3Q-1");
        found!.Content.ToArray().Should().Equal(smaller);
        found.ContentType.Should().Be("image/webp");
        found.SourceUrl.Should().Be("https://x.invalid/ME2");
    }

    [SkippableFact]
    public async Task PutProductPhotoAsync_TwoProducts_KeepsEachCopyApart()
    {
        var first = PhotoBytes(70_000, seed: 3);
        var second = PhotoBytes(70_000, seed: 4);

        await Store.PhotoCopies.PutProductPhotoAsync(Copy("K7P3Q-1", first, "image/jpeg"));
        await Store.PhotoCopies.PutProductPhotoAsync(Copy("K7P3Q-10", second, "image/gif"));

        (await Store.PhotoCopies.GetProductPhotoAsync("K7P3Q-1"))!.Content.ToArray().Should().Equal(first);
        (await Store.PhotoCopies.GetProductPhotoAsync("K7P3Q-10"))!.Content.ToArray().Should().Equal(second);
        (await Store.PhotoCopies.GetProductPhotoAsync("k7p3q-1")).Should().BeNull("product ids are exact");
    }

    private static ProductPhoto Copy(
        string productId,
        byte[] content,
        string contentType,
        string source = CopySource) =>
        new()
        {
            ProductId = productId,
            ContentType = contentType,
            Content = content,
            SourceUrl = source,
            CopiedAt = Samples.Morning,
        };

    /// <summary>Bytes of every value (zeros and 0xFF included), longer than one storage chunk.</summary>
    private static byte[] PhotoBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
