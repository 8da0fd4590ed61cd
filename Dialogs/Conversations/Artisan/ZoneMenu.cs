using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>Where the artisan works, as a menu: 🏔️ rural, 🏘️ peri-urban, 🏙️ urban.</summary>
public static class ZoneMenu
{
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(Zone.Rural), LabelKey(Zone.Rural), "🏔️", WordsKey(Zone.Rural)),
        new(nameof(Zone.PeriUrban), LabelKey(Zone.PeriUrban), "🏘️", WordsKey(Zone.PeriUrban)),
        new(nameof(Zone.Urban), LabelKey(Zone.Urban), "🏙️", WordsKey(Zone.Urban)),
    ];

    public static string LabelKey(Zone zone) => $"artisan.zone.{zone.ToString().ToLowerInvariant()}";

    public static string WordsKey(Zone zone) => $"{LabelKey(zone)}.words";
}
