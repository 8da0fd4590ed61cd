using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Buyer;

public static class BuyerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the buyer's dialogs: <c>buyer.main</c> (replacing the "coming soon" placeholder)
    /// and the shop. Needs <c>AddMarket</c> and, for answers, <c>AddNegotiation</c>.
    /// </summary>
    public static IServiceCollection AddBuyerConversations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddDialog<BuyerMainDialog>();
        services.TryAddSingleton<OfferAmountDialog>();
        services.AddDialog<ShopDialog>();
        return services;
    }
}
