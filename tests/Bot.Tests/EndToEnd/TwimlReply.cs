namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>One &lt;Message&gt; of a TwiML answer: its body and the addresses of its &lt;Media&gt;.</summary>
public sealed record TwimlReply(string Body, IReadOnlyList<string> Media);
