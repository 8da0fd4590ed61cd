using LiteDB;
using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// The indexes behind the stores' lookups. LiteDB 5 indexes one expression each and a query uses one
/// index, so a lookup on several fields (buyer + product + status) uses the most selective one
/// and filters the rest, unless a compound key (below) serves the pair.
/// </summary>
internal static class LiteDbIndexes
{
    /// <summary>A project's campaign and status as one key; see <see cref="CompoundKey"/>.</summary>
    public const string ProjectCampaignStatus = "$.CampaignId + '|' + $.Status";

    /// <summary>A vote's campaign and member as one key; see <see cref="CompoundKey"/>.</summary>
    public const string VoteCampaignMember = "$.CampaignId + '|' + $.MemberId";

    public static void Ensure(LiteDatabase database)
    {
        Ensure<Shop>(database, ("OwnerId", "$.OwnerId"));
        Ensure<Product>(
            database,
            ("ShopId", "$.ShopId"),
            ("Status", "$.Status"),
            ("PhotoUrl", "$.PhotoUrl"));
        Ensure<Negotiation>(
            database,
            ("BuyerId", "$.BuyerId"),
            ("ArtisanId", "$.ArtisanId"),
            ("Status", "$.Status"),
            ("ExpiresAt", $"$.ExpiresAt.{UtcTicks}"));
        Ensure<Deal>(
            database,
            ("NegotiationId", "$.NegotiationId"),
            ("ChatUntil", $"$.ChatUntil.{UtcTicks}"));
        Ensure<OutboxMessage>(
            database,
            ("Status", "$.Status"),
            ("NotBefore", $"$.NotBefore.{UtcTicks}"),
            ("CreatedAt", $"$.CreatedAt.{UtcTicks}"),
            ("ProviderSid", "$.ProviderSid"),
            ("ToPersonId", "$.ToPersonId"),
            ("CausedBy", "$.CausedBy"),
            ("Kind", "$.Kind"));
        Ensure<EarlyStatus>(
            database,
            ("ProviderSid", "$.ProviderSid"),
            ("ReceivedAt", $"$.ReceivedAt.{UtcTicks}"));
        Ensure<InboundMessage>(database, ("ReceivedAt", $"$.ReceivedAt.{UtcTicks}"));
        EnsureCommunity(database);
    }

    /// <summary>
    /// The value of a compound key over two fields. Two different pairs can give the same key when
    /// the first part holds the separator, so queries filter on the fields themselves as well.
    /// </summary>
    public static string CompoundKey(string first, string second) => $"{first}|{second}";

    private static void EnsureCommunity(LiteDatabase database)
    {
        Ensure<Campaign>(database, ("Status", "$.Status"));
        Ensure<SocialProject>(
            database,
            ("CampaignId", "$.CampaignId"),
            ("CampaignStatus", ProjectCampaignStatus));
        Ensure<Vote>(
            database,
            ("CampaignId", "$.CampaignId"),
            ("CampaignMember", VoteCampaignMember));
        Ensure<Cooperative>(database, ("LeaderId", "$.LeaderId"));
        Ensure<Membership>(
            database,
            ("CooperativeId", "$.CooperativeId"),
            ("PersonId", "$.PersonId"));
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
