namespace SoukPlay.Tests.Support;

/// <summary>A database of its own for one test on the <see cref="PostgreSqlServer"/>; dropped on dispose.</summary>
public sealed class TestDatabase(string connectionString, Action drop) : IDisposable
{
    private int _disposed;

    public string ConnectionString { get; } = connectionString;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            drop();
        }
    }
}
