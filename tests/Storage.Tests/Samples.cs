using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

/// <summary>Entities with every field set to a value that a careless mapping would lose.</summary>
internal static class Samples
{
    /// <summary>A time with sub-millisecond ticks and a non-UTC offset.</summary>
    public static readonly DateTimeOffset Morning =
        new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(1)).AddTicks(5_897_932);

    public static Person Person(string id = "+212612345678") => new()
    {
        Id = id,
        Language = "ary",
        Role = Role.Artisan,
        LastChannel = Channel.WhatsApp,
        LastBotNumber = "+212500000001",
        ProfileName = " Fatima Zahra ",
        CreatedAt = Morning,
        LastInboundAt = Morning.AddMinutes(5).ToOffset(TimeSpan.FromHours(-5)),
        OptedOut = true,
    };

    public static Shop Shop(string code = "K7P3Q", string ownerId = "+212612345678") => new()
    {
        Id = code,
        OwnerId = ownerId,
        DisplayName = "Poterie Safi ✨",
        Sector = CraftSector.Pottery,
        Zone = Zone.PeriUrban,
        CreatedAt = Morning,
    };

    public static Product Product(
        string id = "p-1",
        string shopId = "K7P3Q",
        Zone zone = Zone.Rural,
        ListingStatus status = ListingStatus.Listed,
        DateTimeOffset? createdAt = null) => new()
    {
        Id = id,
        ShopId = shopId,
        Title = "Tajine peint à la main",
        PriceMad = 349.99m,
        Quantity = 3,
        Sector = CraftSector.StoneCarving,
        Zone = zone,
        PhotoUrl = "https://api.twilio.invalid/media/ME1",
        PhotoContentType = "image/jpeg",
        Handmade = true,
        Status = status,
        FloorPriceMad = 200.5m,
        AcceptPriceMad = 79228162514264337593543950.335m,
        CreatedAt = createdAt ?? Morning,
        ListedAt = Morning.AddTicks(1).ToOffset(TimeSpan.FromHours(5.75)),
    };

    public static CatalogueShare CatalogueShare() => new()
    {
        DecidedAt = Morning.AddTicks(3).ToOffset(TimeSpan.FromHours(-3)),
        LastProductId = "K7P3Q-12",
    };

    public static Negotiation Negotiation(
        string id = "n-1",
        string buyerId = "+33612345678",
        string artisanId = "+212612345678",
        string productId = "p-1",
        NegotiationStatus status = NegotiationStatus.Open,
        DateTimeOffset? openedAt = null,
        DateTimeOffset? expiresAt = null) => new()
    {
        Id = id,
        ProductId = productId,
        ShopId = "K7P3Q",
        BuyerId = buyerId,
        ArtisanId = artisanId,
        Status = status,
        AmountMad = 280.25m,
        AwaitingAnswerFrom = Party.Artisan,
        Moves =
        [
            new NegotiationMove { By = Party.Buyer, Kind = MoveKind.Offer, AmountMad = 250m, At = Morning },
            new NegotiationMove
            {
                By = Party.Artisan,
                Kind = MoveKind.Counter,
                AmountMad = 280.25m,
                At = Morning.AddMinutes(3).ToOffset(TimeSpan.FromHours(-3)),
            },
            new NegotiationMove { By = Party.Buyer, Kind = MoveKind.Decline, AmountMad = null, At = Morning },
        ],
        OpenedAt = openedAt ?? Morning,
        ExpiresAt = expiresAt ?? Morning.AddHours(48),
        ClosedAt = status == NegotiationStatus.Open ? null : Morning.AddHours(1),
    };

    public static Deal Deal(string id = "d-1", string negotiationId = "n-1") => new()
    {
        Id = id,
        NegotiationId = negotiationId,
        ProductId = "p-1",
        ShopId = "K7P3Q",
        BuyerId = "+33612345678",
        PriceMad = 280.25m,
        At = Morning.ToOffset(TimeSpan.FromHours(2)),
        Number = "482-913",
        ChatUntil = Morning.AddDays(7).ToOffset(TimeSpan.FromHours(1)),
    };

    public static DialogState DialogState(string key = "+212612345678") => new()
    {
        Id = key,
        Json = "  {\"stack\": [ \"root\" ]}\n",
        UpdatedAt = Morning,
    };

    public static OutboxMessage Outbox(
        string id = "o-1",
        string toPersonId = "+33612345678",
        int priority = 0,
        DateTimeOffset? createdAt = null,
        long sequence = 0,
        DateTimeOffset? notBefore = null,
        OutboxStatus status = OutboxStatus.Pending,
        string? causedBy = "SM0001") => new()
    {
        Id = id,
        ToPersonId = toPersonId,
        Channel = Channel.Sms,
        FromNumber = "+212500000001",
        Body = "  Salam 👋🏽 1️⃣ 2️⃣  ",
        MediaUrls = ["https://api.twilio.invalid/media/ME1", "https://api.twilio.invalid/media/ME2"],
        Kind = "offer.received",
        Priority = priority,
        CausedBy = causedBy,
        IsReply = true,
        Sequence = sequence,
        Status = status,
        CreatedAt = createdAt ?? Morning,
        NotBefore = notBefore ?? Morning,
        Attempts = 2,
        ProviderSid = null,
        LastError = "",
    };

    public static SenderNumber SenderNumber(string number = "+212500000001") => new()
    {
        Id = number,
        OwnerKind = SenderOwnerKind.Shop,
        OwnerId = "K7P3Q",
    };

    public static TranslationEntry Translation(string id = "tr-1", string translation = "Bonjour") => new()
    {
        Id = id,
        SourceLanguage = "ary",
        TargetLanguage = "fr",
        Text = "سلام",
        Translation = translation,
        Provider = "glossary",
        CreatedAt = Morning,
    };
}
