namespace SoukPlay.Bot.Voice;

/// <summary>What someone said about an offer.</summary>
public enum OfferIntentKind
{
    Unknown,
    Accept,
    Decline,

    /// <summary>A counter-offer; the amount may be missing ("I want less") and then must be asked.</summary>
    Counter,
}
