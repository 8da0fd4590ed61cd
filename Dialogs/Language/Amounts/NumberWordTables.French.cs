namespace SoukPlay.Dialogs.Language.Amounts;

internal static partial class NumberWordTables
{
    /// <summary>
    /// French, with the Belgian and Swiss tens. "quatre-vingt" reaches this table as one word
    /// ("quatrevingt"), joined by <see cref="NumberComposer"/> before lookup.
    /// </summary>
    private static NumberWordTable French() => new(
        "fr",
        Ones("un une").Concat(Values(
            (0, "zero"), (2, "deux"), (3, "trois"), (4, "quatre"), (5, "cinq"), (6, "six"),
            (7, "sept"), (8, "huit"), (9, "neuf"), (10, "dix"), (11, "onze"), (12, "douze"),
            (13, "treize"), (14, "quatorze"), (15, "quinze"), (16, "seize"), (20, "vingt vingts"),
            (30, "trente"), (40, "quarante"), (50, "cinquante"), (60, "soixante"),
            (70, "septante"), (80, "quatrevingt quatrevingts huitante octante"), (90, "nonante")))
            .Concat(Multipliers("cent cents", "mille mil"))
            .Concat(Joiners("et")));
}
