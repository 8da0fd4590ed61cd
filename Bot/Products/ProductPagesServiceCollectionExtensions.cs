using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SoukPlay.Bot.Products;

/// <summary>Registers what the public product pages need besides the stores.</summary>
public static class ProductPagesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ProductLinks"/> and <see cref="ProductPhotoCopies"/> with its
    /// <c>Products:Photos</c> settings, checked at start. The copies also need
    /// <c>IProductPhotoStore</c> (the storage engine) and the media downloader (<c>AddVoiceNotes</c>).
    /// </summary>
    public static IServiceCollection AddProductPages(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ProductPhotoOptions>()
            .Bind(configuration.GetSection(ProductPhotoOptions.SectionName))
            .Validate(o => o.RetryAfter >= TimeSpan.Zero, "Products:Photos:RetryAfter must be 0 or more.")
            .Validate(o => o.PageWait >= TimeSpan.Zero, "Products:Photos:PageWait must be 0 or more.")
            .ValidateOnStart();
        services.TryAddSingleton<ProductLinks>();
        services.TryAddSingleton<ProductPhotoCopies>();
        return services;
    }
}
