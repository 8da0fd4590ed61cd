using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SoukPlay.Bot.Outbox;
using SoukPlay.Storage.Model;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// Sends outbox messages through Twilio's REST Messages API, with the <c>whatsapp:</c> prefix on
/// both addresses for WhatsApp and on neither for SMS, and a status callback to
/// <c>/twilio/status</c>. Only a refused connection or a 429 (Twilio cannot have taken the
/// message) is retried here, with growing delays. A timeout, a cut connection or a 5xx is
/// returned as ambiguous, for the caller to check Twilio's message log; any other refusal is
/// returned as a failure with Twilio's error code.
/// </summary>
/// <remarks>
/// The Twilio library's <c>CreateAsync</c> takes no cancellation token, so a send in flight is
/// not cut short at shutdown; <see cref="TwilioOptions.RequestTimeout"/> bounds it.
/// </remarks>
public sealed class TwilioMessageSender : IMessageSender
{
    public const string HttpClientName = "twilio";

    /// <summary>How many entries of the message log one check reads.</summary>
    private const int LogPageSize = 50;

    private static readonly ResiliencePropertyKey<string> RecipientKey = new("soukplay.recipient");

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TwilioOptions _twilio;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger<TwilioMessageSender> _logger;

    public TwilioMessageSender(
        IHttpClientFactory httpClientFactory,
        IOptions<TwilioOptions> twilio,
        IOptions<OutboxOptions> outbox,
        TimeProvider time,
        ILogger<TwilioMessageSender> logger)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(outbox);

        _httpClientFactory = httpClientFactory;
        _twilio = twilio.Value;
        _logger = logger;
        _retry = BuildRetry(outbox.Value, time);
    }

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return CreateAsync(message, BuildRequest(message), cancellationToken);
    }

    public async Task<SendResult?> SendTemplateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var contentSid = _twilio.TemplateFor(message.Kind);
        if (contentSid is null || message.Channel != Channel.WhatsApp)
        {
            return null;
        }

        var request = BuildRequest(message);
        request.Body = null;
        request.MediaUrl = null;
        request.ContentSid = contentSid;
        request.ContentVariables = JsonSerializer.Serialize(new Dictionary<string, string> { ["1"] = message.Body });
        return await CreateAsync(message, request, cancellationToken);
    }

    public async Task<IReadOnlyList<ProviderMessage>> ListSentAsync(
        OutboxMessage message,
        DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var options = new ReadMessageOptions
        {
            To = new PhoneNumber(PhoneAddress.Format(message.Channel, message.ToPersonId)),
            From = new PhoneNumber(PhoneAddress.Format(message.Channel, message.FromNumber)),
            DateSentAfter = since.UtcDateTime.Date,
            PageSize = LogPageSize,
            Limit = LogPageSize,
        };
        var page = await MessageResource.ReadAsync(options, CreateClient());
        return [.. page
            .Where(entry => entry.DateCreated is null || entry.DateCreated >= since.UtcDateTime)
            .Select(entry => new ProviderMessage(
                entry.Sid,
                entry.Body ?? "",
                TwilioStatuses.ToOutboxStatus(entry.Status?.ToString()) ?? OutboxStatus.Queued,
                entry.DateCreated is { } created ? new DateTimeOffset(created, TimeSpan.Zero) : null))];
    }

    private async Task<SendResult> CreateAsync(
        OutboxMessage message,
        CreateMessageOptions request,
        CancellationToken cancellationToken)
    {
        var client = CreateClient();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RecipientKey, PhoneAddress.Mask(message.ToPersonId));

        try
        {
            var resource = await _retry.ExecuteAsync(
                async _ => await MessageResource.CreateAsync(request, client),
                context);
            var status = TwilioStatuses.ToOutboxStatus(resource.Status?.ToString()) ?? OutboxStatus.Queued;
            return SendResult.Success(resource.Sid, status);
        }
        catch (ApiException exception)
        {
            var error = $"Twilio {exception.Status} error {exception.Code}: {exception.Message}";
            return exception.Status >= (int)HttpStatusCode.InternalServerError
                ? SendResult.Unsure(error)
                : SendResult.Failure(error, exception.Code);
        }
        catch (ApiConnectionException exception)
        {
            var reason = (exception.InnerException ?? exception).Message;
            return IsConnectionRefused(exception)
                ? SendResult.Failure("Twilio unreachable: " + reason)
                : SendResult.Unsure("Twilio connection lost or timed out: " + reason);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private TwilioRestClient CreateClient() =>
        new(
            _twilio.AccountSid,
            _twilio.AuthToken,
            httpClient: new SystemNetHttpClient(_httpClientFactory.CreateClient(HttpClientName)));

    private CreateMessageOptions BuildRequest(OutboxMessage message)
    {
        var to = PhoneAddress.Format(message.Channel, message.ToPersonId);
        var request = new CreateMessageOptions(new PhoneNumber(to))
        {
            From = new PhoneNumber(PhoneAddress.Format(message.Channel, message.FromNumber)),
            Body = string.IsNullOrEmpty(message.Body) ? null : message.Body,
            StatusCallback = new Uri(_twilio.PublicBase + TwilioStatusEndpoint.Path),
        };
        if (message.MediaUrls.Count > 0)
        {
            request.MediaUrl = message.MediaUrls.Select(url => new Uri(url)).ToList();
        }

        return request;
    }

    private ResiliencePipeline BuildRetry(OutboxOptions outbox, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, outbox.MaxRetries),
                Delay = outbox.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder()
                    .Handle<ApiException>(e => e.Status == (int)HttpStatusCode.TooManyRequests)
                    .Handle<ApiConnectionException>(IsConnectionRefused),
                OnRetry = arguments =>
                {
                    var to = arguments.Context.Properties.GetValue(RecipientKey, "****");
                    var reason = arguments.Outcome.Exception is ApiException ? "429" : "connection refused";
                    Log.Retrying(_logger, to, reason, arguments.AttemptNumber + 1, arguments.RetryDelay);
                    return default;
                },
            })
            .Build();

    private static bool IsConnectionRefused(ApiConnectionException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }

        return false;
    }
}
