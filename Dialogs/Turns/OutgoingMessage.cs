using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>A message a turn owes, already rendered in its recipient's language.</summary>
public sealed record OutgoingMessage(
    string ToPersonId,
    Channel Channel,
    string FromNumber,
    string Body,
    IReadOnlyList<string> MediaUrls,
    string Kind,
    bool IsReply);
