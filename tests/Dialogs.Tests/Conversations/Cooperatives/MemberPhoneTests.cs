using SoukPlay.Dialogs.Conversations.Cooperatives;

namespace SoukPlay.Dialogs.Tests.Conversations.Cooperatives;

public sealed class MemberPhoneTests
{
    [Theory]
    [InlineData("0612345678", "+212612345678")]
    [InlineData("06 12 34 56 78", "+212612345678")]
    [InlineData("07.01.02.03.04", "+212701020304")]
    [InlineData("+212 6 61 00 00 22", "+212661000022")]
    [InlineData("00212612345678", "+212612345678")]
    [InlineData("٠٦١٢٣٤٥٦٧٨", "+212612345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    public void TryNormalize_UsualForms_GivesE164(string typed, string expected)
    {
        MemberPhone.TryNormalize(typed, out var e164).Should().BeTrue();

        e164.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Fatima")]
    [InlineData("0612")]
    public void TryNormalize_NotANumber_IsFalse(string typed)
    {
        MemberPhone.TryNormalize(typed, out _).Should().BeFalse();
    }
}
