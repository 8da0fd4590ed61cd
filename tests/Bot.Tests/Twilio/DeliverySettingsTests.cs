using Microsoft.Extensions.Options;
using SoukPlay.Bot.Tests.Delivery;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class DeliverySettingsTests
{
    [Theory]
    [InlineData("Twilio:Templates:broadcast", "not-a-content-sid", "Twilio:Templates:broadcast")]
    [InlineData("Twilio:RequestTimeout", "00:00:00", "Twilio:RequestTimeout")]
    [InlineData("Outbox:MessagesPerSecond", "0", "Outbox:MessagesPerSecond")]
    [InlineData("Outbox:NumberRates:+212522000111", "-1", "Outbox:NumberRates")]
    [InlineData("Outbox:MaxInFlightPerNumber", "0", "Outbox:MaxInFlightPerNumber")]
    [InlineData("Outbox:SendingLease", "00:00:00", "Outbox:SendingLease")]
    [InlineData("Outbox:DispatchScan", "5", "Outbox:DispatchScan")]
    public void Start_InvalidDeliverySetting_FailsNamingTheSetting(string key, string value, string named)
    {
        using var host = new DeliveryHost("http://127.0.0.1:9", new Dictionary<string, string?> { [key] = value });

        var start = () => host.Started();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Start_TemplatesAndRates_Starts()
    {
        using var host = new DeliveryHost("http://127.0.0.1:9", new Dictionary<string, string?>
        {
            ["Twilio:Templates:broadcast"] = "HX0123456789abcdef0123456789abcdef",
            ["Outbox:NumberRates:+212522000111"] = "10",
        });

        var start = () => host.Started();

        start.Should().NotThrow();
    }
}
