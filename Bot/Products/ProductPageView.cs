namespace SoukPlay.Bot.Products;

/// <summary>What a product's public page shows; every text is plain (the page encodes it).</summary>
public sealed record ProductPageView(
    string Language,
    string Direction,
    string Title,
    Uri? Photo,
    string Price,
    string Craft,
    string ShopName,
    string ShopCode,
    string? ContactNumber,
    string? WhatsAppLink);
