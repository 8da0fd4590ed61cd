using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task ListVotesAsync_WithdrawnAndOtherCampaigns_ReturnsStandingVotesInCastOrder()
    {
        await Store.CommitAsync(
            CommunitySamples.Vote("+1", "sp-1", at: Samples.Morning.AddMinutes(2)),
            CommunitySamples.Vote("+2", "sp-1", at: Samples.Morning.ToOffset(TimeSpan.FromHours(-9))),
            CommunitySamples.Vote("+1", "sp-2", at: Samples.Morning.AddMinutes(1), withdrawn: true),
            CommunitySamples.Vote("+3", "sp-2", at: Samples.Morning.AddMinutes(1)),
            CommunitySamples.Vote("+1", "sp-7", campaignId: "c-2"));

        var votes = await Store.Community.ListVotesAsync("c-1");

        votes.Select(v => v.Id).Should().Equal("c-1:+2:sp-1", "c-1:+3:sp-2", "c-1:+1:sp-1");
    }

    [SkippableFact]
    public async Task ListMemberVotesAsync_WithdrawnVote_IsIncludedAndOthersAreNot()
    {
        await Store.CommitAsync(
            CommunitySamples.Vote("+1", "sp-2", at: Samples.Morning.AddMinutes(1), withdrawn: true),
            CommunitySamples.Vote("+1", "sp-1", at: Samples.Morning),
            CommunitySamples.Vote("+12", "sp-1"),
            CommunitySamples.Vote("+2", "sp-1"),
            CommunitySamples.Vote("+1", "sp-1", campaignId: "c-2"));

        var votes = await Store.Community.ListMemberVotesAsync("c-1", "+1");

        votes.Select(v => (v.ProjectId, v.Withdrawn)).Should().Equal(("sp-1", false), ("sp-2", true));
    }

    [SkippableFact]
    public async Task CommitAsync_VoteWithdrawnThenCastAgain_IsOneDocumentThatStandsAgain()
    {
        var vote = CommunitySamples.Vote();
        await Store.CommitAsync(vote);
        vote.Withdrawn = true;
        await Store.CommitAsync(vote);
        (await Store.Community.ListVotesAsync("c-1")).Should().BeEmpty();

        vote.Withdrawn = false;
        vote.At = Samples.Morning.AddDays(3);
        await Store.CommitAsync(vote);

        var votes = await Store.Community.ListMemberVotesAsync("c-1", vote.MemberId);
        votes.Should().ContainSingle().Which.Version.Should().Be(3);
        votes[0].At.Should().Be(Samples.Morning.AddDays(3));
        (await Store.Community.ListVotesAsync("c-1")).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task CommitAsync_SameMemberVotingTwiceAtOnceForOneProject_OneWins()
    {
        var results = await InParallelAsync(2, async index =>
        {
            var vote = CommunitySamples.Vote(at: Samples.Morning.AddSeconds(index));
            try
            {
                await Store.CommitAsync(vote);
                return (Won: true, vote.At);
            }
            catch (ConcurrencyConflictException)
            {
                return (Won: false, vote.At);
            }
        });

        results.Count(result => result.Won).Should().Be(1);
        var stored = await Store.Community.ListMemberVotesAsync("c-1", "+212611111111");
        stored.Should().ContainSingle().Which.Version.Should().Be(1);
        stored[0].At.Should().Be(results.Single(result => result.Won).At);
    }

    [SkippableFact]
    public async Task CommitAsync_VoteChangedFromAStaleRead_ThrowsAndKeepsTheNewerVote()
    {
        await Store.CommitAsync(CommunitySamples.Vote());
        var first = (await Store.Community.ListMemberVotesAsync("c-1", "+212611111111"))[0];
        var second = (await Store.Community.ListMemberVotesAsync("c-1", "+212611111111"))[0];
        first.Withdrawn = true;
        await Store.CommitAsync(first);
        second.At = Samples.Morning.AddHours(1);

        var commit = () => Store.CommitAsync(second);

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Community.ListVotesAsync("c-1")).Should().BeEmpty();
    }
}
