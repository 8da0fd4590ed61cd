using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Every table of the PostgreSQL engine: one per entity type, with its queried columns.</summary>
internal static class PostgreSqlTables
{
    private static readonly Dictionary<Type, EntityTable> Tables = new[]
    {
        Table<Person>("person"),
        Table<Shop>("shop", [Text<Shop>("owner_id", s => s.OwnerId)], "owner_id"),
        Table<Product>(
            "product",
            [
                Text<Product>("shop_id", p => p.ShopId),
                Name<Product>("status", p => p.Status),
                Name<Product>("zone", p => p.Zone),
                Ticks<Product>("created_ticks", p => p.CreatedAt),
                Text<Product>("photo_url", p => p.PhotoUrl),
            ],
            "shop_id",
            "status, zone",
            "photo_url"),
        Table<CatalogueShare>("catalogue_share"),
        Table<Negotiation>(
            "negotiation",
            [
                Text<Negotiation>("buyer_id", n => n.BuyerId),
                Text<Negotiation>("artisan_id", n => n.ArtisanId),
                Text<Negotiation>("product_id", n => n.ProductId),
                Name<Negotiation>("status", n => n.Status),
                Ticks<Negotiation>("opened_ticks", n => n.OpenedAt),
                Ticks<Negotiation>("expires_ticks", n => n.ExpiresAt),
            ],
            "buyer_id, status",
            "artisan_id, status",
            "status, expires_ticks"),
        Table<Deal>(
            "deal",
            [
                Text<Deal>("negotiation_id", d => d.NegotiationId),
                Ticks<Deal>("chat_until_ticks", d => d.ChatUntil),
                new("chat_end_told", "boolean", e => ((Deal)e).ChatEndTold),
            ],
            "negotiation_id",
            "chat_end_told, chat_until_ticks"),
        Table<DialogState>("dialog_state"),
        Table<OutboxMessage>(
            "outbox_message",
            [
                Text<OutboxMessage>("to_person_id", m => m.ToPersonId),
                Text<OutboxMessage>("kind", m => m.Kind),
                Text<OutboxMessage>("caused_by", m => m.CausedBy),
                Text<OutboxMessage>("provider_sid", m => m.ProviderSid),
                Name<OutboxMessage>("status", m => m.Status),
                new("priority", "integer", e => ((OutboxMessage)e).Priority),
                new("sequence", "bigint", e => ((OutboxMessage)e).Sequence),
                Ticks<OutboxMessage>("created_ticks", m => m.CreatedAt),
                Ticks<OutboxMessage>("not_before_ticks", m => m.NotBefore),
            ],
            "status, not_before_ticks",
            "to_person_id",
            "kind",
            "caused_by",
            "provider_sid",
            "created_ticks"),
        Table<InboundMessage>(
            "inbound_message",
            [Ticks<InboundMessage>("received_ticks", m => m.ReceivedAt)],
            "received_ticks"),
        Table<EarlyStatus>(
            "early_status",
            [
                Text<EarlyStatus>("provider_sid", s => s.ProviderSid),
                Ticks<EarlyStatus>("received_ticks", s => s.ReceivedAt),
            ],
            "provider_sid",
            "received_ticks"),
        Table<SenderNumber>("sender_number"),
        Table<TranslationEntry>("translation_entry"),
        Table<Campaign>(
            "campaign",
            [Name<Campaign>("status", c => c.Status), Ticks<Campaign>("starts_ticks", c => c.StartsAt)],
            "status"),
        Table<SocialProject>(
            "social_project",
            [
                Text<SocialProject>("campaign_id", p => p.CampaignId),
                Name<SocialProject>("status", p => p.Status),
                Ticks<SocialProject>("submitted_ticks", p => p.SubmittedAt),
            ],
            "campaign_id, status"),
        Table<Vote>(
            "vote",
            [
                Text<Vote>("campaign_id", v => v.CampaignId),
                Text<Vote>("member_id", v => v.MemberId),
                new("withdrawn", "boolean", e => ((Vote)e).Withdrawn),
                Ticks<Vote>("at_ticks", v => v.At),
            ],
            "campaign_id, member_id"),
        Table<Cooperative>(
            "cooperative",
            [Text<Cooperative>("leader_id", c => c.LeaderId), Ticks<Cooperative>("created_ticks", c => c.CreatedAt)],
            "leader_id"),
        Table<Membership>(
            "membership",
            [
                Text<Membership>("cooperative_id", m => m.CooperativeId),
                Text<Membership>("person_id", m => m.PersonId),
                Ticks<Membership>("invited_ticks", m => m.InvitedAt),
            ],
            "cooperative_id",
            "person_id"),
        Table<Broadcast>("broadcast"),
    }.ToDictionary(table => table.EntityType);

    /// <summary>Every table, in a fixed order.</summary>
    public static IEnumerable<EntityTable> All => Tables.Values;

    public static int Count => Tables.Count;

    public static EntityTable Of<T>()
        where T : IEntity => Of(typeof(T));

    public static EntityTable Of(Type entityType) =>
        Tables.TryGetValue(entityType, out var table)
            ? table
            : throw new ArgumentException(
                $"The PostgreSQL store keeps no {entityType.Name}: add it to {nameof(PostgreSqlTables)}.",
                nameof(entityType));

    private static EntityTable Table<T>(string name, TableColumn[]? columns = null, params string[] indexes)
        where T : IEntity => new(typeof(T), name, columns ?? [], indexes);

    private static TableColumn Text<T>(string name, Func<T, string?> read)
        where T : IEntity => new(name, "text", entity => read((T)entity));

    private static TableColumn Name<T>(string name, Func<T, Enum> read)
        where T : IEntity => new(name, "text", entity => read((T)entity).ToString());

    private static TableColumn Ticks<T>(string name, Func<T, DateTimeOffset> read)
        where T : IEntity => new(name, "bigint", entity => read((T)entity).UtcTicks);
}
