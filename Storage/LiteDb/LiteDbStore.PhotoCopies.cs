using System.Text;
using LiteDB;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Product photo copies in LiteDB's file storage (<see cref="PhotoFiles"/> and
/// <see cref="PhotoChunks"/>), one file per product id, with the content type, source address and
/// copy time in the file's metadata. A copy is written in one transaction under the write lock,
/// so an interrupted write leaves the earlier copy (or none), never a partial one. LiteDB compares
/// string ids ignoring case, so a file's id is the product id's UTF-8 bytes in hex
/// (<see cref="PhotoFileId"/>): ids that differ only in case keep copies of their own.
/// </summary>
public sealed partial class LiteDbStore : IProductPhotoStore
{
    private const string PhotoFiles = "product_photo_files";
    private const string PhotoChunks = "product_photo_chunks";
    private const string ContentTypeField = "contentType";
    private const string SourceUrlField = "sourceUrl";
    private const string CopiedTicksField = "copiedUtcTicks";

    public Task<ProductPhoto?> GetProductPhotoAsync(
        string productId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);

        return RunAsync(() => GetProductPhoto(productId), cancellationToken);
    }

    public Task PutProductPhotoAsync(ProductPhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentException.ThrowIfNullOrEmpty(photo.ProductId, nameof(photo));
        ArgumentException.ThrowIfNullOrEmpty(photo.ContentType, nameof(photo));

        return RunAsync(() => PutProductPhoto(photo), cancellationToken);
    }

    private ILiteStorage<string> PhotoStorage() => _database.GetStorage<string>(PhotoFiles, PhotoChunks);

    private static string PhotoFileId(string productId) =>
        Convert.ToHexString(Encoding.UTF8.GetBytes(productId));

    private ProductPhoto? GetProductPhoto(string productId)
    {
        var file = PhotoStorage().FindById(PhotoFileId(productId));
        if (file is null)
        {
            return null;
        }

        using var content = new MemoryStream((int)file.Length);
        file.CopyTo(content);
        var metadata = file.Metadata;
        return new ProductPhoto
        {
            ProductId = productId,
            ContentType = metadata[ContentTypeField].AsString,
            Content = content.ToArray(),
            SourceUrl = metadata[SourceUrlField].AsString,
            CopiedAt = new DateTimeOffset(metadata[CopiedTicksField].AsInt64, TimeSpan.Zero),
        };
    }

    private void PutProductPhoto(ProductPhoto photo)
    {
        var metadata = new BsonDocument
        {
            [ContentTypeField] = photo.ContentType,
            [SourceUrlField] = photo.SourceUrl,
            [CopiedTicksField] = photo.CopiedAt.UtcTicks,
        };

        lock (_writeLock)
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                using var content = new MemoryStream(photo.Content.ToArray(), writable: false);
                var id = PhotoFileId(photo.ProductId);
                PhotoStorage().Upload(id, id, content, metadata);
                _database.Commit();
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }
    }
}
