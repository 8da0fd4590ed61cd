namespace SoukPlay.Dialogs.Language.Amounts;

internal static partial class NumberWordTables
{
    private static NumberWordTable English() => new(
        "en",
        Ones("one").Concat(Words(NumberWordKind.Article, (1, "a"))).Concat(Values(
            (0, "zero"), (2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"),
            (7, "seven"), (8, "eight"), (9, "nine"), (10, "ten"), (11, "eleven"),
            (12, "twelve"), (13, "thirteen"), (14, "fourteen"), (15, "fifteen"),
            (16, "sixteen"), (17, "seventeen"), (18, "eighteen"), (19, "nineteen"),
            (20, "twenty"), (30, "thirty"), (40, "forty fourty"), (50, "fifty"), (60, "sixty"),
            (70, "seventy"), (80, "eighty"), (90, "ninety")))
            .Concat(Multipliers("hundred hundreds", "thousand thousands grand"))
            .Concat(Joiners("and")),
        saysPricesInPairs: true);
}
