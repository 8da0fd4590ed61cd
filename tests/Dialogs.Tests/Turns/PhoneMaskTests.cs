using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Tests.Turns;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("+212612345678", "+2126****678")]
    [InlineData("+33612", "****")]
    [InlineData(null, "****")]
    public void Mask_HidesTheMiddle(string? phone, string expected)
    {
        PhoneMask.Mask(phone).Should().Be(expected);
    }
}
