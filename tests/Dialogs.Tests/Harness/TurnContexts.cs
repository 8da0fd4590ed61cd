using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>Builds a bare <see cref="TurnContext"/> for engine tests that drive a DialogContext directly.</summary>
public static class TurnContexts
{
    public static TurnContext Create(string text = "", string language = "en") =>
        new(
            new Activity
            {
                MessageId = "SM1",
                From = "+212600000001",
                To = TestFlow.BotNumber,
                Channel = Channel.Sms,
                Text = text,
            },
            new Person { Id = "+212600000001", Language = language },
            new LiteDbTestStore(),
            new ChangeSet(),
            MessageCatalog.LoadEmbedded(),
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            "fr");
}
