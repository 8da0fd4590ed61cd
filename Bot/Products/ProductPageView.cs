namespace SoukPlay.Bot.Products;

/// <summary>
/// What a product's public page shows; every text is plain (the page encodes it). The photo is an
/// absolute address or one relative to the page (the host's copy, <c>{id}/photo</c>), or null.
/// </summary>
public sealed record ProductPageView(
    string Language,
    string Direction,
    string Title,
    string? Photo,
    string Price,
    string Craft,
    string ShopName,
    string ShopCode,
    string? ContactNumber,
    string? WhatsAppLink);
