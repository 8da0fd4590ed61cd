namespace SoukPlay.Bot.Tests.Support;

/// <summary>One message a fake Twilio API accepted: the SID it gave, and what it was asked to send.</summary>
public sealed record CreatedMessage(string Sid, string To, string From, string Body, DateTime At);
