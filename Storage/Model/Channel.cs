namespace SoukPlay.Storage.Model;

/// <summary>How a person reaches the bot. One phone number may use both.</summary>
public enum Channel
{
    Sms,
    WhatsApp,
}
