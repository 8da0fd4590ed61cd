namespace SoukPlay.Dialogs.Language.Amounts;

internal static partial class NumberWordTables
{
    /// <summary>
    /// Modern Standard Arabic, both cases ("مائتان" and "مائتين"). Teens are two words
    /// ("ثلاثه عشر") and compose as unit + ten, like the tens after units ("خمسه وعشرون").
    /// </summary>
    private static NumberWordTable Arabic() => new(
        "ar",
        Ones("واحد احد").Concat(Values(
            (2, "اثنان اثنين اثنا اثني"), (3, "ثلاثه ثلاث"), (4, "اربعه اربع"),
            (5, "خمسه خمس"), (6, "سته ست"), (7, "سبعه سبع"), (8, "ثمانيه ثماني"),
            (9, "تسعه تسع"), (10, "عشره عشر"), (20, "عشرون عشرين"), (30, "ثلاثون ثلاثين"),
            (40, "اربعون اربعين"), (50, "خمسون خمسين"), (60, "ستون ستين"),
            (70, "سبعون سبعين"), (80, "ثمانون ثمانين"), (90, "تسعون تسعين"),
            (200, "مائتان مائتين مئتان مئتين"), (300, "ثلاثمائه ثلاثمئه"),
            (400, "اربعمائه اربعمئه"), (500, "خمسمائه خمسمئه"), (600, "ستمائه ستمئه"),
            (700, "سبعمائه سبعمئه"), (800, "ثمانمائه ثمانمئه"), (900, "تسعمائه تسعمئه"),
            (2000, "الفان الفين")))
            .Concat(Multipliers("مائه مئه", "الف الاف الفا"))
            .Concat(Joiners("و")),
        unitsBeforeTens: true);
}
