using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenAI;
using Polly;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Translation;

public static class TranslationServiceCollectionExtensions
{
    public const string AzureClientName = "azure-translator";
    public const string LlmClientName = "llm-translator";

    /// <summary>
    /// Registers <see cref="ITranslator"/> as chosen by <c>Translation:Provider</c> (glossary by
    /// default). For azure and llm the provider is wrapped, outermost first, in
    /// <see cref="ResilientTranslator"/> (original + note on failure), <see cref="CachingTranslator"/>
    /// (store cache, daily budget, glossary fallback) and <see cref="ProtectingTranslator"/>
    /// (placeholders). Needs an <see cref="ITranslationCacheStore"/> from the storage room.
    /// </summary>
    public static IServiceCollection AddTranslation(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(TranslationOptions.SectionName);
        var provider = section.GetValue<string>(nameof(TranslationOptions.Provider)) ?? TranslationProviders.Glossary;
        services.AddOptions<TranslationOptions>().Bind(section).ValidateOnStart();
        services.AddOptions<CachingTranslatorOptions>().Bind(section);
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<TranslationOptions>, TranslatorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProtectedTermsSource, NoProtectedTerms>();
        services.TryAddSingleton<GlossaryTranslator>();

        switch (provider)
        {
            case TranslationProviders.Azure:
                services.AddAzureTranslator(configuration);
                services.AddDecoratedTranslator<AzureTranslator>();
                break;
            case TranslationProviders.Llm:
                services.AddLlmTranslator(configuration);
                services.AddDecoratedTranslator<LlmTranslator>();
                break;
            default:
                services.TryAddSingleton<ITranslator>(sp => sp.GetRequiredService<GlossaryTranslator>());
                break;
        }

        return services;
    }

    private static void AddAzureTranslator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureTranslatorOptions>()
            .Bind(configuration.GetSection(AzureTranslatorOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<AzureTranslatorOptions>, TranslatorOptionsValidator>());

        services.AddHttpClient<AzureTranslator>(AzureClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<AzureTranslatorOptions>>().Value;
                http.BaseAddress = WithTrailingSlash(options.Endpoint!);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(PooledHandler)
            .AddResilienceHandler(AzureClientName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<AzureTranslatorOptions>>().Value;
                AddRetryWithin(pipeline, options.Timeout, options.MaxRetries, options.MaxRetryAfter);
            });
    }

    private static void AddLlmTranslator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmTranslatorOptions>()
            .Bind(configuration.GetSection(LlmTranslatorOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<LlmTranslatorOptions>, TranslatorOptionsValidator>());

        services.AddHttpClient(LlmClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(PooledHandler)
            .AddResilienceHandler(LlmClientName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmTranslatorOptions>>().Value;
                AddRetryWithin(pipeline, options.Timeout, options.MaxRetries, TimeSpan.FromSeconds(2));
            });

        services.AddKeyedSingleton<IChatClient>(LlmTranslator.ChatClientKey, (sp, _) => CreateChatClient(sp));
        services.TryAddSingleton<LlmTranslator>();
    }

    /// <summary>
    /// The OpenAI client over our named HttpClient, with its own retries off (ours honour
    /// Retry-After within the webhook's budget). A local server that needs no key gets a dummy
    /// bearer token, which such servers ignore.
    /// </summary>
    private static IChatClient CreateChatClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmTranslatorOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(LlmClientName);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(1),
        };
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey);
        return new OpenAI.Chat.ChatClient(options.Model, key, clientOptions).AsIChatClient();
    }

    private static void AddDecoratedTranslator<TProvider>(this IServiceCollection services)
        where TProvider : class, ITranslator
    {
        services.TryAddSingleton<ITranslator>(sp => new ResilientTranslator(
            new CachingTranslator(
                new ProtectingTranslator(
                    sp.GetRequiredService<TProvider>(), sp.GetRequiredService<IProtectedTermsSource>()),
                sp.GetRequiredService<GlossaryTranslator>(),
                sp.GetRequiredService<ITranslationCacheStore>(),
                sp.GetRequiredService<IOptions<CachingTranslatorOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<CachingTranslator>>()),
            sp.GetRequiredService<ILogger<ResilientTranslator>>()));
    }

    /// <summary>
    /// A total timeout around retries of transient failures (network errors, 408, 5xx) and of
    /// 429 when its Retry-After fits the budget; the retry strategy waits as Retry-After says.
    /// </summary>
    private static void AddRetryWithin(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        TimeSpan total,
        int maxRetries,
        TimeSpan maxRetryAfter)
    {
        pipeline.AddTimeout(total);
        if (maxRetries <= 0)
        {
            return;
        }

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = maxRetries,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, maxRetryAfter)),
        });
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta;
            return retryAfter is null || retryAfter <= maxRetryAfter;
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>
    /// The translators live in a singleton and keep their HttpClient; connections are renewed
    /// every few minutes here instead, so that DNS changes are still seen.
    /// </summary>
    private static SocketsHttpHandler PooledHandler() =>
        new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private static Uri WithTrailingSlash(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
}
