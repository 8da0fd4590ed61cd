namespace SoukPlay.Storage.Model;

/// <summary>An artisan's shop. <see cref="Id"/> is the shop code buyers type (e.g. <c>K7P3Q</c>).</summary>
public sealed class Shop : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The owning artisan's <see cref="Person.Id"/>.</summary>
    public string OwnerId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public CraftSector Sector { get; set; }

    public Zone Zone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
