using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>A project's place in the vote: its count and when it reached it.</summary>
public sealed record ProjectStanding(SocialProject Project, int Votes, DateTimeOffset? ReachedAt);
