using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>One outgoing message as the provider's message log shows it.</summary>
public sealed record ProviderMessage(string Sid, string Body, OutboxStatus Status, DateTimeOffset? CreatedAt);
