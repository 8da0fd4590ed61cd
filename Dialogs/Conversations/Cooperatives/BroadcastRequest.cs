using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>What the leader chose to broadcast, and to which cooperative.</summary>
public sealed record BroadcastRequest(string CooperativeId, BroadcastKind Kind);
