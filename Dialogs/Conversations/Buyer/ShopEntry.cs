using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Buyer;

/// <summary>
/// Which shop a message leads to: a known shop code anywhere in its text, else the shop that owns
/// the number it was sent to.
/// </summary>
public static class ShopEntry
{
    /// <summary>The shop code the message leads to, or null.</summary>
    public static async Task<string?> FindAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (await FindCodeAsync(context, context.Activity.Text, cancellationToken) is { } code)
        {
            return code;
        }

        var number = await context.Store.GetSenderNumberAsync(context.Activity.To, cancellationToken);
        return number is { OwnerKind: SenderOwnerKind.Shop } && !string.IsNullOrEmpty(number.OwnerId)
            ? number.OwnerId
            : null;
    }

    /// <summary>The code of an existing shop written in <paramref name="text"/>, or null.</summary>
    public static async Task<string?> FindCodeAsync(
        TurnContext context,
        string? text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var code = ShopCodes.Find(text ?? "");
        return code is not null && await context.Store.GetShopAsync(code, cancellationToken) is not null
            ? code
            : null;
    }
}
