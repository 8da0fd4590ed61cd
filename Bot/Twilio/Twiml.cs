using SoukPlay.Storage.Model;
using Twilio.TwiML;
using Twilio.TwiML.Messaging;

namespace SoukPlay.Bot.Twilio;

/// <summary>Builds the TwiML answers of the messaging webhook.</summary>
public static class Twiml
{
    public const string ContentType = "application/xml";

    /// <summary>
    /// Said when a turn failed before it could answer: in the three languages of first contact,
    /// since the person's language may be what failed to load.
    /// </summary>
    public const string Apology =
        "😕 Sorry, something went wrong. Please send your message again.\n"
        + "Désolé, un problème est survenu. Renvoyez votre message.\n"
        + "سمح لينا، وقع مشكل. عاود صيفط الرسالة ديالك.";

    public static IResult Empty() => Xml(new MessagingResponse());

    public static IResult Replies(IEnumerable<OutboxMessage> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);

        var response = new MessagingResponse();
        foreach (var reply in replies)
        {
            var message = new Message();
            if (!string.IsNullOrEmpty(reply.Body))
            {
                message.Body(reply.Body);
            }

            foreach (var url in reply.MediaUrls)
            {
                message.Media(new Uri(url));
            }

            response.Append(message);
        }

        return Xml(response);
    }

    public static IResult ApologyResult() => Xml(new MessagingResponse().Message(Apology));

    private static IResult Xml(MessagingResponse response) =>
        Results.Text(response.ToString(), ContentType);
}
