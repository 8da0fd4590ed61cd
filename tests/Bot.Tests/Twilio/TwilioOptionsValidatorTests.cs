using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Hosting;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class TwilioOptionsValidatorTests
{
    [Theory]
    [InlineData("Twilio:AccountSid", "AC123", "Twilio:AccountSid")]
    [InlineData("Twilio:AccountSid", "XX0123456789abcdef0123456789abcdef", "Twilio:AccountSid")]
    [InlineData("Twilio:AuthToken", "", "Twilio:AuthToken")]
    [InlineData("Twilio:PublicBaseUrl", "bot.example.test/hooks", "Twilio:PublicBaseUrl")]
    [InlineData("Twilio:PublicBaseUrl", "ftp://bot.example.test", "Twilio:PublicBaseUrl")]
    [InlineData("Twilio:PlatformNumber", "0522000111", "Twilio:PlatformNumber")]
    [InlineData("Twilio:Numbers:0:Number", "shop", "Twilio:Numbers:0:Number")]
    [InlineData("Twilio:ValidateSignatures", "false", "Twilio:ValidateSignatures")]
    public void Start_InvalidSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        using var services = BuildServices(new Dictionary<string, string?> { [key] = value }, "Production");

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Start_ValidSettings_PassesTheStartupValidation()
    {
        using var services = BuildServices(new Dictionary<string, string?>(), "Production");

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().NotThrow();
    }

    /// <summary>
    /// The host's own registrations and the validation <c>ValidateOnStart</c> runs when the host
    /// starts. (Starting a WebApplicationFactory whose start throws sometimes surfaces an
    /// ObjectDisposedException from the factory instead of the start's own exception, so the
    /// failing cases run the same validation without the factory.)
    /// </summary>
    private static ServiceProvider BuildServices(Dictionary<string, string?> overrides, string environment)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = BotHost.AccountSid,
            ["Twilio:AuthToken"] = BotHost.AuthToken,
            ["Twilio:PublicBaseUrl"] = BotHost.PublicBaseUrl,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
            .AddMessagingHost(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Start_SignaturesOffInDevelopment_Starts()
    {
        using var host = new BotHost(
            new Dictionary<string, string?> { ["Twilio:ValidateSignatures"] = "false" },
            environment: "Development");

        var start = () => host.Started();

        start.Should().NotThrow();
    }

    [Fact]
    public void Start_OnlyEmptyTwilioValues_RunsInLocalMode()
    {
        using var host = new BotHost(
            new Dictionary<string, string?> { ["Twilio:AccountSid"] = "", ["Twilio:AuthToken"] = " " },
            twilio: false);

        var start = () => host.Started();

        start.Should().NotThrow();
    }

    [Fact]
    public async Task Start_Numbers_SeedsShopCooperativeAndPlatformNumbers()
    {
        using var host = new BotHost(new Dictionary<string, string?>
        {
            ["Twilio:PlatformNumber"] = "+212522000100",
            ["Twilio:Numbers:0:Number"] = "+212522000111",
            ["Twilio:Numbers:0:Shop"] = "K7Q2",
            ["Twilio:Numbers:1:Number"] = "+212522000122",
            ["Twilio:Numbers:1:Cooperative"] = "coop-tiznit",
        });

        host.Started();

        var numbers = await host.Market.ListSenderNumbersAsync();
        numbers.Select(n => (n.Id, n.OwnerKind, n.OwnerId)).Should().BeEquivalentTo(
        [
            ("+212522000100", SenderOwnerKind.Platform, ""),
            ("+212522000111", SenderOwnerKind.Shop, "K7Q2"),
            ("+212522000122", SenderOwnerKind.Cooperative, "coop-tiznit"),
        ]);
    }
}
