using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Market;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// The artisan conversations' log events (ids 2300-2399): shop codes and product ids only, never
/// a phone number or a text the artisan wrote. A turn run again after a conflict logs again.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Shop {ShopId} opened")]
    public static partial void ShopOpened(ILogger logger, string shopId);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information,
        Message = "Product {ProductId} of shop {ShopId}: {Decision}; {Released} waiting product(s) released")]
    public static partial void ProductListed(
        ILogger logger,
        string productId,
        string shopId,
        ListingDecision decision,
        int released);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning,
        Message = "Released product {ProductId} has no shop or owner to tell")]
    public static partial void ReleasedOwnerMissing(ILogger logger, string productId);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Debug,
        Message = "Product {ProductId}: floor and accept prices saved")]
    public static partial void PricesSaved(ILogger logger, string productId);
}
