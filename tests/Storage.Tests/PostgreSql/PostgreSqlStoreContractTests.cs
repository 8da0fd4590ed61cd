using SoukPlay.Storage.PostgreSql;
using SoukPlay.Tests.Support;

namespace SoukPlay.Storage.Tests.PostgreSql;

/// <summary>The store contract on a real PostgreSQL server, in a fresh database per test.</summary>
public sealed class PostgreSqlStoreContractTests : StoreContractTests
{
    private readonly Lazy<TestDatabase> _database = new(() => PostgreSqlServer.Instance.CreateDatabase());

    protected override StoreUnderTest OpenStore()
    {
        Skip.If(PostgreSqlServer.Instance.UnavailableReason is not null, PostgreSqlServer.Instance.UnavailableReason);

        return StoreUnderTest.Of(
            new PostgreSqlStore(new PostgreSqlOptions { ConnectionString = _database.Value.ConnectionString }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        if (disposing && _database.IsValueCreated)
        {
            _database.Value.Dispose();
        }
    }
}
