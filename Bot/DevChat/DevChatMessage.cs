namespace SoukPlay.Bot.DevChat;

/// <summary>A message typed on the local chat page, as if sent from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record DevChatMessage(
    string? From,
    string? To,
    string? Channel,
    string? Text,
    string? MediaUrl,
    string? MediaContentType);
