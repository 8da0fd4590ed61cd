namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>How far a broadcast has gone: message counts by state, and members who voted since.</summary>
public sealed record BroadcastProgress(
    int Members,
    int Waiting,
    int Sent,
    int Delivered,
    int Failed,
    int Answered);
