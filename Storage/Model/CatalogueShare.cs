namespace SoukPlay.Storage.Model;

/// <summary>
/// The one document every listing decision under the urban share reads first and writes back in
/// its change set. It holds no counts (those are always counted from the products); its
/// <see cref="IEntity.Version"/> is what makes two decisions taken at the same instant collide:
/// the second commit fails with <see cref="ConcurrencyConflictException"/> and its turn is run
/// again from fresh counts.
/// </summary>
public sealed class CatalogueShare : IEntity
{
    /// <summary>The id of the single document.</summary>
    public const string CatalogueId = "catalogue";

    public string Id { get; set; } = CatalogueId;

    public int Version { get; set; }

    /// <summary>When the last listing decision (listed, waiting or released) was taken.</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The product the last decision was about.</summary>
    public string? LastProductId { get; set; }
}
