using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// One inbound message, free of any transport's format: the channels in Bot/ build it from Twilio's
/// webhook or the local chat page.
/// </summary>
public sealed record Activity
{
    /// <summary>The transport's id for the message (Twilio's MessageSid); the idempotency key.</summary>
    public required string MessageId { get; init; }

    /// <summary>The sender's phone number in E.164 (<c>+212612345678</c>), without channel prefix.</summary>
    public required string From { get; init; }

    /// <summary>Our number the message was sent to, in E.164, without channel prefix.</summary>
    public required string To { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The text as typed; empty for a photo or voice note without caption.</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<MediaAttachment> Media { get; init; } = [];

    /// <summary>The WhatsApp profile name, when the channel gives one.</summary>
    public string? ProfileName { get; init; }

    /// <summary>The payload of a tapped quick-reply button, when any.</summary>
    public string? ButtonPayload { get; init; }

    public GeoPoint? Location { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
