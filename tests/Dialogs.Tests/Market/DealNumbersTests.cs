using SoukPlay.Dialogs.Market;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class DealNumbersTests
{
    [Fact]
    public void For_SameNegotiation_SameSixDigitNumber()
    {
        var number = DealNumbers.For("N-0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4");

        number.Should().MatchRegex(@"^\d{3}-\d{3}$");
        DealNumbers.For("N-0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4").Should().Be(number);
    }

    [Fact]
    public void For_ManyNegotiations_NumbersSpreadOut()
    {
        var numbers = Enumerable.Range(0, 200).Select(i => DealNumbers.For($"N-{i}")).ToHashSet();

        numbers.Count.Should().BeGreaterThan(190);
    }
}
