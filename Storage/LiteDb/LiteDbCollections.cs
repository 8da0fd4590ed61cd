using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>One collection per entity type, named after it.</summary>
internal static class LiteDbCollections
{
    private static readonly Dictionary<Type, string> Names = new[]
    {
        typeof(Person),
        typeof(Shop),
        typeof(Product),
        typeof(CatalogueShare),
        typeof(Negotiation),
        typeof(Deal),
        typeof(DialogState),
        typeof(OutboxMessage),
        typeof(EarlyStatus),
        typeof(InboundMessage),
        typeof(SenderNumber),
        typeof(TranslationEntry),
        typeof(Campaign),
        typeof(SocialProject),
        typeof(Vote),
        typeof(Cooperative),
        typeof(Membership),
        typeof(Broadcast),
    }.ToDictionary(type => type, type => type.Name);

    /// <summary>Every entity type the store keeps.</summary>
    public static IEnumerable<Type> EntityTypes => Names.Keys;

    public static string NameOf<T>()
        where T : IEntity => NameOf(typeof(T));

    public static string NameOf(Type entityType) =>
        Names.TryGetValue(entityType, out var name)
            ? name
            : throw new ArgumentException(
                $"The LiteDB store keeps no {entityType.Name}: add it to {nameof(LiteDbCollections)}.",
                nameof(entityType));
}
