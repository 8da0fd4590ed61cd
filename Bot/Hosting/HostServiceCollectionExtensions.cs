using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Products;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;

namespace SoukPlay.Bot.Hosting;

/// <summary>Registers the host's own parts: Twilio channel, turn gateway, outbox sender, number seeding.</summary>
public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the messaging host. The stores (<c>IMarketStore</c>, <c>IInboundLog</c>,
    /// <c>IOutboxStore</c>, <c>IProductPhotoLookup</c>) and the <c>ITurnProcessor</c> are
    /// registered by their own rooms' extension methods.
    /// </summary>
    public static IServiceCollection AddMessagingHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        AddOptions(services, configuration);

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SenderPacer>();
        services.AddSingleton<OptOutRecorder>();
        services.AddSingleton<StatusRecorder>();
        services.AddProductPages(configuration);
        services.AddSingleton<SmsPhotoLinks>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<TurnTracker>();
        services.AddSingleton<InlineAnswerWindow>();
        services.AddSingleton<TurnGateway>();
        services.AddTransient<TwilioApiBaseHandler>();
        services.AddHttpClient(TwilioMessageSender.HttpClientName, ConfigureTwilioClient)
            .AddHttpMessageHandler<TwilioApiBaseHandler>();
        services.AddSingleton<TwilioMessageSender>();
        services.AddSingleton<LocalMessageSender>();
        services.AddSingleton<IMessageSender>(ChooseSender);

        services.AddHostedService<SenderNumberSeeder>();
        services.AddHostedService<LinguaWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnTracker>());
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<InboundClaimPruner>();
        return services;
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        var twilio = configuration.GetSection(TwilioOptions.SectionName);
        services.AddOptions<TwilioOptions>()
            .Bind(twilio)
            .Configure(options => options.IsConfigured = HasAnyValue(twilio))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();

        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Outbox:PollInterval must be more than 0.")
            .Validate(o => o.BatchSize > 0, "Outbox:BatchSize must be more than 0.")
            .Validate(o => o.MaxRetries >= 0, "Outbox:MaxRetries must be 0 or more.")
            .Validate(o => o.DispatchScan >= o.BatchSize, "Outbox:DispatchScan must be at least Outbox:BatchSize.")
            .Validate(o => o.MaxInFlightPerNumber > 0, "Outbox:MaxInFlightPerNumber must be more than 0.")
            .Validate(o => o.MessagesPerSecond > 0, "Outbox:MessagesPerSecond must be more than 0.")
            .Validate(
                o => o.NumberRates.Values.All(rate => rate > 0),
                "Every Outbox:NumberRates:{number} must be more than 0.")
            .Validate(o => o.SendingLease > TimeSpan.Zero, "Outbox:SendingLease must be more than 0.")
            .Validate(o => o.RecoveryInterval > TimeSpan.Zero, "Outbox:RecoveryInterval must be more than 0.")
            .Validate(o => o.RecoveryScan > 0, "Outbox:RecoveryScan must be more than 0.")
            .Validate(o => o.LogCheckDelay >= TimeSpan.Zero, "Outbox:LogCheckDelay must be 0 or more.")
            .ValidateOnStart();
    }

    private static void ConfigureTwilioClient(IServiceProvider provider, HttpClient client) =>
        client.Timeout = provider.GetRequiredService<IOptions<TwilioOptions>>().Value.RequestTimeout;

    /// <summary>A section with only empty values (e.g. <c>Twilio__AuthToken=</c>) counts as absent.</summary>
    private static bool HasAnyValue(IConfigurationSection section) =>
        section.AsEnumerable().Any(pair => !string.IsNullOrWhiteSpace(pair.Value));

    private static IMessageSender ChooseSender(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured
            ? provider.GetRequiredService<TwilioMessageSender>()
            : provider.GetRequiredService<LocalMessageSender>();
}
