namespace SoukPlay.Dialogs.Language.Amounts;

internal static partial class NumberWordTables
{
    private static NumberWordTable Darija() => new(
        "ary",
        Ones("واحد وحده").Concat(Values(
            (2, "جوج زوج"), (3, "ثلاثه تلاته تلت"), (4, "ربعه اربعه"), (5, "خمسه"),
            (6, "سته"), (7, "سبعه"), (8, "ثمنيه تمنيه ثمانيه"), (9, "تسعه"), (10, "عشره"),
            (11, "حداش"), (12, "طناش"), (13, "تلطاش"), (14, "ربعطاش"), (15, "خمسطاش"),
            (16, "سطاش"), (17, "سبعطاش"), (18, "تمنطاش"), (19, "تسعطاش"), (20, "عشرين"),
            (30, "تلاتين ثلاثين"), (40, "ربعين اربعين"), (50, "خمسين"), (60, "ستين"),
            (70, "سبعين"), (80, "تمانين ثمانين"), (90, "تسعين"), (200, "ميتين"),
            (300, "تلتميه ثلاثميه"), (400, "ربعميه"), (500, "خمسميه"), (600, "ستميه"),
            (700, "سبعميه"), (800, "تمنميه ثمنميه"), (900, "تسعميه"), (2000, "الفين")))
            .Concat(Multipliers("ميه ميا", "الف الاف"))
            .Concat(Joiners("و")),
        unitsBeforeTens: true);

    private static NumberWordTable Arabizi() => new(
        "ary-Latn",
        Ones("wahed wa7ed wahd wa7d").Concat(Values(
            (2, "jouj zouj jooj zooj juj zuj joj zoj"), (3, "tlata tlat tleta tlate"),
            (4, "reb3a rb3a arb3a rab3a rba"), (5, "khamsa 5amsa khmsa"),
            (6, "setta stta sta seta"), (7, "seb3a sb3a sab3a"), (8, "tmanya tmenya tmnya"),
            (9, "tes3ud ts3ud tes3a ts3a tis3a"), (10, "3achra 3achara achra 3echra"),
            (11, "7dach hdach 7edach"), (12, "tnach tnache"), (13, "teltach tlettach tletach"),
            (14, "rb3tach reb3tach arba3tach"), (15, "khmstach khamstach 5mstach"),
            (16, "settach sttach stach"), (17, "sb3tach seb3tach"), (18, "tmntach tmentach"),
            (19, "ts3tach tes3tach"), (20, "3echrin 3achrin achrin ichrin 3chrin 3ichrin"),
            (30, "tlatin tlatine tleten"), (40, "reb3in rb3in arb3in reb3ine"),
            (50, "khamsin khamsine 5amsin khmsin"), (60, "settin sttin sitin settine"),
            (70, "sab3in sb3in seb3in"), (80, "tmanin tmanine tmenin"),
            (90, "tes3in ts3in tis3in"), (200, "mitayn mitin mitine mityn mytin"),
            (300, "tlatmiya tltmya tletmya tlatmya"), (400, "rb3miya reb3miya rb3mya"),
            (500, "khamsmiya khmsmya khamsmya 5amsmiya khmsmiya"),
            (600, "settmiya sttmya sitmya"), (700, "sb3miya seb3miya sb3mya"),
            (800, "tmnmiya tmenmiya tmnmya"), (900, "ts3miya tes3miya ts3mya"),
            (2000, "alfayn alfin alfine")))
            .Concat(Multipliers("miya mya mia meya", "alf alef alaf alaaf"))
            .Concat(Joiners("w ou o wa")),
        unitsBeforeTens: true);
}
