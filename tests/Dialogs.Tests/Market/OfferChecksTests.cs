using SoukPlay.Dialogs.Market;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class OfferChecksTests
{
    [Theory]
    [InlineData(300, false)]
    [InlineData(299, false)]
    [InlineData(301, true)]
    [InlineData(3000, true)]
    public void IsAboveAskingPrice_AgainstAPriceOf300_OnlyAboveIt(decimal amount, bool expected)
    {
        OfferChecks.IsAboveAskingPrice(300, amount).Should().Be(expected);
    }

    [Theory]
    [InlineData(Party.Artisan, 249, true)]
    [InlineData(Party.Artisan, 250, true)]
    [InlineData(Party.Artisan, 251, false)]
    [InlineData(Party.Buyer, 249, false)]
    [InlineData(Party.Buyer, 250, true)]
    [InlineData(Party.Buyer, 2500, true)]
    public void GivesAway_AgainstAStanding250_AtOrPastItForTheSender(Party by, decimal amount, bool expected)
    {
        var negotiation = new Storage.Model.Negotiation { AmountMad = 250 };

        OfferChecks.GivesAway(negotiation, by, amount).Should().Be(expected);
    }
}
