namespace SoukPlay.Bot.Voice.Calls;

/// <summary>The callbacks of a call, each a path under <c>/twilio/voice</c>.</summary>
public static class CallStep
{
    /// <summary>The call starts (<c>POST /twilio/voice</c>).</summary>
    public const string Start = "";

    /// <summary>The caller answered the offer menu (1, 2, 3, 9).</summary>
    public const string Answer = "answer";

    /// <summary>The caller gave a counter-offer amount (keys ending with #, or words).</summary>
    public const string Amount = "amount";

    /// <summary>The caller confirmed (1) or retried (2) the amount heard.</summary>
    public const string Confirm = "confirm";

    /// <summary>The caller answered a ballot: the number of a project, or 0 to hear the list again.</summary>
    public const string Ballot = "ballot";

    public static bool IsKnown(string step) => step is Start or Answer or Amount or Confirm or Ballot;
}
