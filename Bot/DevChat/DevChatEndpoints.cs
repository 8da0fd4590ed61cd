using Microsoft.Extensions.Options;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.DevChat;

/// <summary>
/// The local chat: <c>GET /dev/chat</c> (the page), <c>POST /dev/chat/messages</c> (type as any
/// phone; the same turn path as the webhook) and <c>GET /dev/chat/outbox</c> (every message the
/// bot owes or sent). Answers only in local mode or the Development environment; 404 otherwise.
/// </summary>
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
        DevChatMessage message,
        TurnGateway gateway,
        IOutboxStore outbox,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var activity = ToActivity(message, time.GetUtcNow(), out var error);
        if (activity is null)
        {
            return Results.Text(error, statusCode: StatusCodes.Status400BadRequest);
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

    private static Activity? ToActivity(DevChatMessage message, DateTimeOffset now, out string error)
    {
        error = "";
        var channel = string.Equals(message.Channel, "whatsapp", StringComparison.OrdinalIgnoreCase)
            ? Channel.WhatsApp
            : Channel.Sms;
        if (!PhoneAddress.IsE164(message.From) || !PhoneAddress.IsE164(message.To))
        {
            error = "from and to must be numbers in E.164 form, such as +212612345678.";
            return null;
        }

        var media = new List<MediaAttachment>();
        if (!string.IsNullOrWhiteSpace(message.MediaUrl))
        {
            if (!Uri.TryCreate(message.MediaUrl, UriKind.Absolute, out _))
            {
                error = "mediaUrl must be an absolute URL.";
                return null;
            }

            media.Add(new MediaAttachment(message.MediaUrl, message.MediaContentType ?? "image/jpeg"));
        }

        return new Activity
        {
            MessageId = "DEV" + Guid.NewGuid().ToString("N"),
            From = message.From!,
            To = message.To!,
            Channel = channel,
            Text = message.Text ?? "",
            Media = media,
            ReceivedAt = now,
        };
    }
}
