using LiteDB;
using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// The indexes behind the stores' lookups. LiteDB 5 indexes one expression each and a query uses one
/// index, so a lookup on several fields (buyer + product + status) uses the most selective one
/// and filters the rest.
/// </summary>
internal static class LiteDbIndexes
{
    public static void Ensure(LiteDatabase database)
    {
        Ensure<Shop>(database, ("OwnerId", "$.OwnerId"));
        Ensure<Product>(database, ("ShopId", "$.ShopId"), ("Status", "$.Status"));
        Ensure<Negotiation>(
            database,
            ("BuyerId", "$.BuyerId"),
            ("ArtisanId", "$.ArtisanId"),
            ("Status", "$.Status"),
            ("ExpiresAt", $"$.ExpiresAt.{UtcTicks}"));
        Ensure<Deal>(database, ("NegotiationId", "$.NegotiationId"));
        Ensure<OutboxMessage>(
            database,
            ("Status", "$.Status"),
            ("NotBefore", $"$.NotBefore.{UtcTicks}"),
            ("CreatedAt", $"$.CreatedAt.{UtcTicks}"),
            ("ProviderSid", "$.ProviderSid"),
            ("ToPersonId", "$.ToPersonId"),
            ("CausedBy", "$.CausedBy"));
    }

    private static void Ensure<T>(LiteDatabase database, params (string Name, string Expression)[] indexes)
        where T : IEntity
    {
        var collection = database.GetCollection(LiteDbCollections.NameOf<T>());

        foreach (var (name, expression) in indexes)
        {
            collection.EnsureIndex(name, expression);
        }
    }
}
