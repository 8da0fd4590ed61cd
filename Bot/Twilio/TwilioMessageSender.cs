using System.Net;
using System.Net.Sockets;
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
/// <c>/twilio/status</c>. A refused connection or a 429 is retried a few times with growing
/// delays; any other refusal is returned as a failure.
/// </summary>
/// <remarks>
/// The Twilio library's <c>CreateAsync</c> takes no cancellation token, so a send in flight is
/// not cut short at shutdown; the HTTP client's timeout bounds it.
/// </remarks>
public sealed class TwilioMessageSender : IMessageSender
{
    public const string HttpClientName = "twilio";

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

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var client = new TwilioRestClient(
            _twilio.AccountSid,
            _twilio.AuthToken,
            httpClient: new SystemNetHttpClient(_httpClientFactory.CreateClient(HttpClientName)));
        var request = BuildRequest(message);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RecipientKey, PhoneAddress.Mask(message.ToPersonId));

        try
        {
            var resource = await _retry.ExecuteAsync(
                async _ => await MessageResource.CreateAsync(request, client),
                context);
            return SendResult.Success(resource.Sid, MapStatus(resource.Status));
        }
        catch (ApiException exception)
        {
            return SendResult.Failure($"Twilio {exception.Status} error {exception.Code}: {exception.Message}");
        }
        catch (ApiConnectionException exception)
        {
            return SendResult.Failure("Twilio unreachable: " + (exception.InnerException ?? exception).Message);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private CreateMessageOptions BuildRequest(OutboxMessage message)
    {
        var to = PhoneAddress.Format(message.Channel, message.ToPersonId);
        var request = new CreateMessageOptions(new PhoneNumber(to))
        {
            From = new PhoneNumber(PhoneAddress.Format(message.Channel, message.FromNumber)),
            Body = string.IsNullOrEmpty(message.Body) ? null : message.Body,
            StatusCallback = new Uri(_twilio.PublicBase + "/twilio/status"),
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

    private static OutboxStatus MapStatus(MessageResource.StatusEnum? status) =>
        status?.ToString() switch
        {
            "sent" => OutboxStatus.Sent,
            "delivered" => OutboxStatus.Delivered,
            "read" => OutboxStatus.Read,
            "undelivered" => OutboxStatus.Undelivered,
            "failed" => OutboxStatus.Failed,
            _ => OutboxStatus.Queued,
        };
}
