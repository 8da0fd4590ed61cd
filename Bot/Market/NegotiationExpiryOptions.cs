namespace SoukPlay.Bot.Market;

/// <summary>The <c>NegotiationExpiry</c> configuration section.</summary>
public sealed class NegotiationExpiryOptions
{
    public const string SectionName = "NegotiationExpiry";

    /// <summary>How often open negotiations past their expiry are closed and both sides told.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
