using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>One message a <see cref="ScriptedTurnProcessor"/> commits; to the sender it is a reply.</summary>
public sealed record ScriptedMessage(
    string To,
    string Body,
    IReadOnlyList<string>? MediaUrls = null,
    Channel? Channel = null);
