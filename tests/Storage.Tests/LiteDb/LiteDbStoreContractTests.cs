using SoukPlay.Tests.Support;
using SoukPlay.Storage.LiteDb;

namespace SoukPlay.Storage.Tests.LiteDb;

/// <summary>The store contract on a real LiteDB file in a fresh temporary folder.</summary>
public sealed class LiteDbStoreContractTests : StoreContractTests
{
    private readonly TempDatabase _file = new();

    protected override StoreUnderTest OpenStore() =>
        StoreUnderTest.Of(new LiteDbStore(new LiteDbOptions { Path = _file.FilePath }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        if (disposing)
        {
            _file.Dispose();
        }
    }
}
