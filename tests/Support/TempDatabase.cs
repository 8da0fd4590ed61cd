namespace SoukPlay.Tests.Support;

/// <summary>A fresh temporary folder holding a database file path; deleted, with all it holds, on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string fileName = "test.db")
    {
        Folder = Directory.CreateTempSubdirectory("soukplay-").FullName;
        FilePath = Path.Combine(Folder, fileName);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
