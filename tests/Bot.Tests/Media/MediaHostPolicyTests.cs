using SoukPlay.Bot.Media;

namespace SoukPlay.Bot.Tests.Media;

public sealed class MediaHostPolicyTests
{
    private readonly MediaHostPolicy _twilioOnly = new(TwilioMediaOptions.TwilioMediaHosts, allowHttp: false);

    [Theory]
    [InlineData("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1")]
    [InlineData("https://media.twiliocdn.com/AC1/abc")]
    [InlineData("https://s3-external-1.twiliocdn.com/AC1/abc")]
    [InlineData("https://API.TWILIO.COM/x")]
    public void Check_TwilioMediaHost_Allows(string url) =>
        _twilioOnly.Check(new Uri(url)).Should().BeNull();

    [Theory]
    [InlineData("http://api.twilio.com/x", "scheme")]
    [InlineData("https://api.twilio.com.attacker.example/x", "not a media host")]
    [InlineData("https://twiliocdn.com/x", "not a media host")]
    [InlineData("https://eviltwiliocdn.com/x", "not a media host")]
    [InlineData("https://169.254.169.254/latest/meta-data", "not a media host")]
    [InlineData("https://user:pw@api.twilio.com/x", "user info")]
    [InlineData("file:///etc/passwd", "scheme")]
    public void Check_OtherAddress_RefusesWithReason(string url, string reason) =>
        _twilioOnly.Check(new Uri(url)).Should().Contain(reason);
}
