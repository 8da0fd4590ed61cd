namespace SoukPlay.Bot.Market;

/// <summary>The <c>NegotiationExpiry</c> configuration section.</summary>
public sealed class NegotiationExpiryOptions
{
    public const string SectionName = "NegotiationExpiry";

    /// <summary>
    /// How often open negotiations past their expiry are closed and both sides told, and deals'
    /// chats whose time is up are announced (<see cref="DealChatEndings"/>).
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
