namespace SoukPlay.Dialogs.Conversations.Buyer;

/// <summary>
/// The shop a buyer is in (its code), passed to <see cref="BuyerMainDialog"/> and <see cref="ShopDialog"/>.
/// </summary>
public sealed record BuyerShopOptions(string ShopCode);
