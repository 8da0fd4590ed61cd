using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// The twelve craft sectors as a menu, in <see cref="CraftSector"/> order, each with its emoji.
/// </summary>
/// <remarks>
/// The engine's menu writes 1️⃣ to 9️⃣ as keycaps and 10 to 12 as "10.", "11.", "12." (see
/// <c>Digits.Keycap</c>): the 🔟 emoji is not used, because a reply of 🔟 is not read as 10 by
/// the choice recognizer. Replies "10", "11", "١١" and the sector's name all work.
/// </remarks>
public static class CraftSectorMenu
{
    private static readonly (CraftSector Sector, string Emoji)[] Sectors =
    [
        (CraftSector.Pottery, "🏺"),
        (CraftSector.Zellige, "💠"),
        (CraftSector.Carpets, "🧶"),
        (CraftSector.Weaving, "🧵"),
        (CraftSector.Leather, "👞"),
        (CraftSector.Wood, "🪵"),
        (CraftSector.Metal, "🔔"),
        (CraftSector.Jewellery, "💍"),
        (CraftSector.Embroidery, "🪡"),
        (CraftSector.Basketry, "🧺"),
        (CraftSector.Clothing, "👘"),
        (CraftSector.StoneCarving, "🪨"),
    ];

    public static IReadOnlyList<Choice> Choices { get; } =
        [.. Sectors.Select(s => new Choice(s.Sector.ToString(), LabelKey(s.Sector), s.Emoji, WordsKey(s.Sector)))];

    /// <summary>The catalogue key of the sector's name.</summary>
    public static string LabelKey(CraftSector sector) => $"artisan.sector.{sector.ToString().ToLowerInvariant()}";

    /// <summary>The catalogue key of other words that pick the sector.</summary>
    public static string WordsKey(CraftSector sector) => $"{LabelKey(sector)}.words";
}
