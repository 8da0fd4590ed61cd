using SoukPlay.Bot.Twilio;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class PhoneAddressTests
{
    [Theory]
    [InlineData("whatsapp:+212612345678", Channel.WhatsApp, "+212612345678")]
    [InlineData("WhatsApp:+212612345678", Channel.WhatsApp, "+212612345678")]
    [InlineData("+33612345678", Channel.Sms, "+33612345678")]
    public void TryParse_TwilioAddress_GivesChannelAndE164(string text, Channel channel, string number)
    {
        PhoneAddress.TryParse(text, out var address).Should().BeTrue();

        address.Should().Be(new PhoneAddress(channel, number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("212612345678")]
    [InlineData("+0612345678")]
    [InlineData("+2126123456789012")]
    [InlineData("messenger:+212612345678")]
    [InlineData("whatsapp:")]
    [InlineData("+٢١٢٦١٢٣٤٥٦٧٨")]
    public void TryParse_NotAPhoneNumber_ReturnsFalse(string text)
    {
        PhoneAddress.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(Channel.WhatsApp, "whatsapp:+212612345678")]
    [InlineData(Channel.Sms, "+212612345678")]
    public void Format_Channel_PrefixesOnlyWhatsApp(Channel channel, string expected)
    {
        PhoneAddress.Format(channel, "+212612345678").Should().Be(expected);
    }

    [Fact]
    public void Mask_Number_KeepsCountryPrefixAndLastThreeDigits()
    {
        PhoneAddress.Mask("+212612345678").Should().Be("+2126****678");
    }

    [Fact]
    public void MaskNumbersIn_ProviderError_MasksEveryNumber()
    {
        var masked = PhoneAddress.MaskNumbersIn("The 'To' number +33612345678 is not valid (error 21211).");

        masked.Should().Be("The 'To' number +3361****678 is not valid (error 21211).");
    }
}
