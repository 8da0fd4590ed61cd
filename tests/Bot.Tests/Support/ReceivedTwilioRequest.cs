namespace SoukPlay.Bot.Tests.Support;

/// <summary>One request the fake Twilio API received: its path, form fields and Authorization header.</summary>
public sealed record ReceivedTwilioRequest(string Path, IReadOnlyDictionary<string, string> Form, string? Authorization);
