using Npgsql;
using NpgsqlTypes;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>
/// Product photo copies in the <c>product_photo</c> table (<see cref="PostgreSqlSchema"/>): one
/// row per product, the image in a <c>bytea</c> column. A new copy replaces the row in one
/// statement; the last writer wins (two hosts copying one photo store the same bytes).
/// </summary>
public sealed partial class PostgreSqlStore
{
    public async Task<ProductPhoto?> GetProductPhotoAsync(
        string productId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);

        await using var command = _dataSource.CreateCommand(
            "SELECT content_type, source_url, copied_ticks, content FROM product_photo WHERE product_id = @id");
        command.Parameters.Add(Parameter("id", productId));

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ProductPhoto
        {
            ProductId = productId,
            ContentType = reader.GetString(0),
            SourceUrl = reader.GetString(1),
            CopiedAt = new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
            Content = reader.GetFieldValue<byte[]>(3),
        };
    }

    public async Task PutProductPhotoAsync(ProductPhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentException.ThrowIfNullOrEmpty(photo.ProductId, nameof(photo));
        ArgumentException.ThrowIfNullOrEmpty(photo.ContentType, nameof(photo));

        await ExecuteAsync(
            "INSERT INTO product_photo (product_id, content_type, source_url, copied_ticks, content) "
                + "VALUES (@id, @type, @source, @ticks, @content) "
                + "ON CONFLICT (product_id) DO UPDATE SET content_type = excluded.content_type, "
                + "source_url = excluded.source_url, copied_ticks = excluded.copied_ticks, "
                + "content = excluded.content",
            cancellationToken,
            Parameter("id", photo.ProductId),
            Parameter("type", photo.ContentType),
            Parameter("source", photo.SourceUrl),
            Parameter("ticks", photo.CopiedAt.UtcTicks),
            new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = photo.Content.ToArray() });
    }
}
