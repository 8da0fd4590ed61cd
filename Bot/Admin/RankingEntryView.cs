namespace SoukPlay.Bot.Admin;

/// <summary>One line of a closed campaign's ranking.</summary>
public sealed record RankingEntryView(int Rank, string ProjectId, string Title, int Votes);
