namespace SoukPlay.Dialogs.Language.Amounts;

internal static partial class NumberWordTables
{
    private static NumberWordTable Spanish() => new(
        "es",
        Ones("uno una un").Concat(Values(
            (0, "cero"), (2, "dos"), (3, "tres"), (4, "cuatro"), (5, "cinco"), (6, "seis"),
            (7, "siete"), (8, "ocho"), (9, "nueve"), (10, "diez"), (11, "once"), (12, "doce"),
            (13, "trece"), (14, "catorce"), (15, "quince"), (16, "dieciseis"),
            (17, "diecisiete"), (18, "dieciocho"), (19, "diecinueve"), (20, "veinte"),
            (21, "veintiuno veintiun veintiuna"), (22, "veintidos"), (23, "veintitres"),
            (24, "veinticuatro"), (25, "veinticinco"), (26, "veintiseis"),
            (27, "veintisiete"), (28, "veintiocho"), (29, "veintinueve"), (30, "treinta"),
            (40, "cuarenta"), (50, "cincuenta"), (60, "sesenta"), (70, "setenta"),
            (80, "ochenta"), (90, "noventa"), (200, "doscientos doscientas"),
            (300, "trescientos trescientas"), (400, "cuatrocientos cuatrocientas"),
            (500, "quinientos quinientas"), (600, "seiscientos seiscientas"),
            (700, "setecientos setecientas"), (800, "ochocientos ochocientas"),
            (900, "novecientos novecientas")))
            .Concat(Multipliers("cien ciento", "mil miles"))
            .Concat(Joiners("y")));
}
