using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Delivery;

/// <summary>Outbox messages and people as turns write them.</summary>
public static class Messages
{
    private static readonly DateTimeOffset Created = DateTimeOffset.UtcNow.AddSeconds(-5);

    public static OutboxMessage Pending(
        string id,
        string to,
        string body,
        Channel channel = Channel.WhatsApp,
        string from = DeliveryHost.ShopNumber,
        int priority = 1,
        string kind = "offer.received",
        long sequence = 1) =>
        new()
        {
            Id = id,
            ToPersonId = to,
            Channel = channel,
            FromNumber = from,
            Body = body,
            Kind = kind,
            Priority = priority,
            IsReply = priority == 0,
            CausedBy = priority == 0 ? "SM" + id : null,
            Sequence = sequence,
            Status = OutboxStatus.Pending,
            CreatedAt = Created,
            NotBefore = Created,
        };

    public static Person Person(string id, bool allowSms = false, bool optedOut = false) =>
        new()
        {
            Id = id,
            Language = "fr",
            LastChannel = Channel.WhatsApp,
            LastBotNumber = DeliveryHost.ShopNumber,
            CreatedAt = Created,
            AllowSmsFallback = allowSms,
            OptedOut = optedOut,
        };

    /// <summary>Recipients +2126000000{01..}.</summary>
    public static string Recipient(int n) => $"+2126000{n:D5}";
}
