using LiteDB;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>Reads a LiteDB file directly, after its host has stopped, to see what it really holds.</summary>
public static class LiteDbFile
{
    /// <summary>How many documents each collection of the file holds, by collection name.</summary>
    public static IReadOnlyDictionary<string, int> CountDocuments(string path)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, ReadOnly = true });
        return database.GetCollectionNames()
            .ToDictionary(name => name, name => database.GetCollection(name).Count(), StringComparer.Ordinal);
    }
}
