namespace SoukPlay.Bot.Twilio;

/// <summary>One of our Twilio numbers, owned by a shop, a cooperative, or (neither given) the platform.</summary>
public sealed class TwilioNumberOptions
{
    /// <summary>The number in E.164, without a channel prefix.</summary>
    public string? Number { get; set; }

    /// <summary>The code of the shop the number belongs to.</summary>
    public string? Shop { get; set; }

    /// <summary>The id of the cooperative the number belongs to.</summary>
    public string? Cooperative { get; set; }
}
