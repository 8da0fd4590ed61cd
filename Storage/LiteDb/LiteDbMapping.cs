using LiteDB;

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

        return mapper;
    }

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
