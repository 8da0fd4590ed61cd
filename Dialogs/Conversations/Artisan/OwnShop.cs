using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>Finds the shop of the person who writes.</summary>
public static class OwnShop
{
    /// <summary>
    /// The sender's shop: one opened earlier in this turn (still in the change set, not yet
    /// committed), else the stored one; null when the sender has none.
    /// </summary>
    public static async Task<Shop?> FindAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var ownerId = context.Person.Id;
        var opened = context.Changes.Puts.OfType<Shop>().FirstOrDefault(shop => shop.OwnerId == ownerId);
        return opened ?? await context.Store.FindShopByOwnerAsync(ownerId, cancellationToken);
    }
}
