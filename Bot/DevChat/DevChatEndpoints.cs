using Microsoft.Extensions.Options;
using SoukPlay.Bot.Numbers;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.DevChat;

/// <summary>
/// The local chat: <c>GET /dev/chat</c> (the page), <c>POST /dev/chat/messages</c> (type as any
/// phone; the same turn path as the webhook) and <c>GET /dev/chat/outbox</c> (every message the
/// bot owes or sent). Answers only in local mode or the Development environment; 404 otherwise.
/// </summary>
/// <remarks>
/// A posted message must be JSON with a channel (<c>sms</c> or <c>whatsapp</c>), an E.164
/// <c>from</c> and a <c>to</c> that is one of our numbers (in local mode
/// <see cref="SenderNumberSeeder.LocalPlatformNumber"/>); anything else is a 400 problem-details
/// body naming the field, and no turn runs.
/// </remarks>
public static class DevChatEndpoints
{
    public const string Path = "/dev/chat";

    private const int RecentLimit = 200;

    public static IEndpointRouteBuilder MapDevChat(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var group = endpoints.MapGroup(Path).AddEndpointFilter(OnlyWhenEnabledAsync);
        group.MapGet("", () => Results.Content(DevChatPage.Html, "text/html; charset=utf-8"));
        group.MapPost("/messages", PostMessageAsync);
        group.MapGet("/outbox", ListOutboxAsync);
        return endpoints;
    }

    public static bool IsEnabled(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return !services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured
            || services.GetRequiredService<IHostEnvironment>().IsDevelopment();
    }

    private static async ValueTask<object?> OnlyWhenEnabledAsync(
        EndpointFilterInvocationContext context,
        EndpointFilterDelegate next) =>
        IsEnabled(context.HttpContext.RequestServices) ? await next(context) : Results.NotFound();

    private static async Task<IResult> PostMessageAsync(
        HttpRequest request,
        TurnGateway gateway,
        IOutboxStore outbox,
        IOptions<TwilioOptions> twilio,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var senderNumbers = SenderNumberSeeder.ConfiguredNumbers(twilio.Value);
        var (activity, refusal) = await DevChatRequest.ReadAsync(
            request,
            senderNumbers,
            time.GetUtcNow(),
            cancellationToken);
        if (activity is null)
        {
            return refusal!;
        }

        var result = await gateway.HandleAsync(activity, cancellationToken);
        IEnumerable<OutboxMessage> replies = result.Outcome == InboundOutcome.Answered
            ? result.InlineReplies
            : (await outbox.ListCausedByAsync(activity.MessageId, cancellationToken)).Where(m => m.IsReply);
        return Results.Ok(new
        {
            messageId = activity.MessageId,
            outcome = result.Outcome.ToString(),
            replies = replies.Select(DevChatOutboxEntry.Of),
        });
    }

    private static async Task<IResult> ListOutboxAsync(
        string? phone,
        IOutboxStore outbox,
        CancellationToken cancellationToken)
    {
        var messages = string.IsNullOrWhiteSpace(phone)
            ? await outbox.ListRecentAsync(RecentLimit, cancellationToken)
            : await outbox.ListForPersonAsync(phone.Trim(), cancellationToken);
        return Results.Ok(messages.Select(DevChatOutboxEntry.Of));
    }
}
