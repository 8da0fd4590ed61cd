namespace SoukPlay.Bot.Outbox;

/// <summary>The Twilio error codes the outbox acts on.</summary>
public static class TwilioErrorCodes
{
    /// <summary>The recipient unsubscribed (sent STOP to the number): never send again unasked.</summary>
    public const int Unsubscribed = 21610;

    /// <summary>A free-form WhatsApp message outside the 24-hour window: only a template may go.</summary>
    public const int OutsideWhatsAppWindow = 63016;
}
