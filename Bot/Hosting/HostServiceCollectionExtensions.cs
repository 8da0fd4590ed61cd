using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;

namespace SoukPlay.Bot.Hosting;

/// <summary>Registers the host's own parts: Twilio channel, turn gateway, outbox sender, number seeding.</summary>
public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the messaging host. The stores (<c>IMarketStore</c>, <c>IInboundLog</c>,
    /// <c>IOutboxStore</c>) and the <c>ITurnProcessor</c> are registered by their own rooms'
    /// extension methods.
    /// </summary>
    public static IServiceCollection AddMessagingHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        AddOptions(services, configuration);

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<TurnTracker>();
        services.AddSingleton<InlineAnswerWindow>();
        services.AddSingleton<TurnGateway>();
        services.AddTransient<TwilioApiBaseHandler>();
        services.AddHttpClient(TwilioMessageSender.HttpClientName).AddHttpMessageHandler<TwilioApiBaseHandler>();
        services.AddSingleton<TwilioMessageSender>();
        services.AddSingleton<LocalMessageSender>();
        services.AddSingleton<IMessageSender>(ChooseSender);

        services.AddHostedService<SenderNumberSeeder>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnTracker>());
        services.AddHostedService<OutboxSender>();
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
            .ValidateOnStart();
    }

    /// <summary>A section with only empty values (e.g. <c>Twilio__AuthToken=</c>) counts as absent.</summary>
    private static bool HasAnyValue(IConfigurationSection section) =>
        section.AsEnumerable().Any(pair => !string.IsNullOrWhiteSpace(pair.Value));

    private static IMessageSender ChooseSender(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured
            ? provider.GetRequiredService<TwilioMessageSender>()
            : provider.GetRequiredService<LocalMessageSender>();
}
