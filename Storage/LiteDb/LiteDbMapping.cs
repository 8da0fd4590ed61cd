using LiteDB;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// The engine's own <see cref="BsonMapper"/>. LiteDB 5 stores a <see cref="DateTimeOffset"/> as a
/// BSON date: UTC, milliseconds, offset lost. Here it is a sub-document of the UTC ticks (which
/// queries and indexes compare) and the offset in minutes, so it comes back exactly as written.
/// </summary>
internal static class LiteDbMapping
{
    /// <summary>The field holding the UTC ticks of a <see cref="DateTimeOffset"/>.</summary>
    public const string UtcTicks = nameof(DateTimeOffset.UtcTicks);

    private const string OffsetMinutes = nameof(OffsetMinutes);

    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            // The defaults trim strings and turn "" into null: message bodies and dialog JSON must
            // come back exactly as written.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
        };

        mapper.RegisterType(SerializeDateTimeOffset, DeserializeDateTimeOffset);
        Prepare(mapper, LiteDbCollections.EntityTypes);

        return mapper;
    }

    /// <summary>
    /// Builds the mapping of every stored type, and of the model types they hold, before any thread
    /// shares the mapper. LiteDB 5.0.21 builds a mapping on first use and lets a second thread see it
    /// half built: that thread then fails, or writes a document without its <c>_id</c>, under an id
    /// of LiteDB's own, so two racing creates both succeed (litedb-org/LiteDB#2536 and #2565, fixed
    /// after 5.0.21, the newest version served here).
    /// </summary>
    private static void Prepare(BsonMapper mapper, IEnumerable<Type> entityTypes)
    {
        var pending = new Queue<Type>(entityTypes);
        var prepared = new HashSet<Type>();

        while (pending.TryDequeue(out var type))
        {
            if (!prepared.Add(type))
            {
                continue;
            }

            var document = mapper.ToDocument(type, Activator.CreateInstance(type));
            _ = mapper.Deserialize(type, document);

            foreach (var held in HeldModelTypes(type))
            {
                pending.Enqueue(held);
            }
        }
    }

    private static IEnumerable<Type> HeldModelTypes(Type type) =>
        type.GetProperties()
            .Select(property => property.PropertyType)
            .Select(held => held.IsGenericType ? held.GetGenericArguments()[0] : held)
            .Where(held => held.IsClass && held.Namespace == typeof(IEntity).Namespace);

    private static BsonValue SerializeDateTimeOffset(DateTimeOffset value) =>
        new BsonDocument
        {
            [UtcTicks] = value.UtcTicks,
            [OffsetMinutes] = (int)value.Offset.TotalMinutes,
        };

    private static DateTimeOffset DeserializeDateTimeOffset(BsonValue value)
    {
        var utc = new DateTimeOffset(value[UtcTicks].AsInt64, TimeSpan.Zero);

        return utc.ToOffset(TimeSpan.FromMinutes(value[OffsetMinutes].AsInt32));
    }
}
