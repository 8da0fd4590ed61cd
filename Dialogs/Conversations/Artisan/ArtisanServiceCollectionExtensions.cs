using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Artisan;

public static class ArtisanServiceCollectionExtensions
{
    /// <summary>
    /// Registers the artisan's conversations: the artisan menu (<c>artisan.main</c>), the shop
    /// profile, listing and "my products", and a placeholder for the offers inbox
    /// (<c>negotiation.inbox</c>) until the negotiation room registers the real one. Needs
    /// <c>AddMarket</c> for <see cref="Market.CatalogueService"/> and the market options.
    /// </summary>
    public static IServiceCollection AddArtisanConversations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddDialog<ArtisanMainDialog>();
        services.AddDialog<ArtisanProfileDialog>();
        services.AddDialog<ListingDialog>();
        services.AddDialog<ProductPricesDialog>();
        return services;
    }
}
