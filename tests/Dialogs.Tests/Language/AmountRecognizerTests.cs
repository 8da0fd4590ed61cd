using System.Globalization;
using SoukPlay.Dialogs.Language;

namespace SoukPlay.Dialogs.Tests.Language;

public sealed class AmountRecognizerTests
{
    private readonly AmountRecognizer _recognizer = new();

    /// <summary>
    /// Text, the person's language, and what must come out: "1200" (a value, no currency),
    /// "1200 MAD" (with a currency), "ask 1.5 15" (confirm between candidates), or "none".
    /// </summary>
    public static TheoryData<string, string, string> Inputs => new()
    {
        // Digits and separators
        { "1200", "fr", "1200" },
        { "1 200", "fr", "1200" },
        { "1\u202F200", "fr", "1200" },
        { "1.200", "ary-Latn", "1200" },
        { "1,200", "en", "1200" },
        { "12 500", "fr", "12500" },
        { "99 999", "fr", "99999" },
        { "1.250.000", "fr", "1250000" },
        { "1,200.50 $", "en", "1200.50 USD" },
        { "1.200,50 €", "fr", "1200.50 EUR" },
        { "45,50 €", "fr", "45.50 EUR" },
        { "1,5", "fr", "ask 1.5 15" },
        { "12.50", "ary-Latn", "ask 12.50 1250" },
        { "1.5k", "ary-Latn", "1500" },
        { "2k dh", "ary-Latn", "2000 MAD" },
        { "0.250", "fr", "ask 0.250 250" },
        { "350", "ary", "350" },

        // Currencies
        { "1200dh", "ary-Latn", "1200 MAD" },
        { "1200 DH", "fr", "1200 MAD" },
        { "1200 Dhs", "fr", "1200 MAD" },
        { "1200 MAD", "en", "1200 MAD" },
        { "1200 درهم", "ary", "1200 MAD" },
        { "200 دراهم", "ary", "200 MAD" },
        { "€45", "en", "45 EUR" },
        { "45€", "fr", "45 EUR" },
        { "45 euros", "fr", "45 EUR" },
        { "45 EUR", "es", "45 EUR" },
        { "$30", "en", "30 USD" },
        { "30 dollars", "en", "30 USD" },
        { "300 dirhams stp", "fr", "300 MAD" },

        // Other digit scripts and keycaps
        { "٢٠٠", "ar", "200" },
        { "۲۰۰", "ary", "200" },
        { "١٢٠٠ درهم", "ary", "1200 MAD" },
        { "١٬٢٠٠", "ar", "1200" },
        { "٤٥٫٥٠ €", "ar", "45.50 EUR" },
        { "2\uFE0F\u20E30\uFE0F\u20E30\uFE0F\u20E3", "ary", "200" },

        // Darija, Arabizi
        { "mitayn", "ary-Latn", "200" },
        { "mitayn dh", "ary-Latn", "200 MAD" },
        { "alf w khamsmiya", "ary-Latn", "1500" },
        { "khamsin", "ary-Latn", "50" },
        { "tlatin", "ary-Latn", "30" },
        { "miya", "ary-Latn", "100" },
        { "miya w khamsin", "ary-Latn", "150" },
        { "khamsa w 3echrin", "ary-Latn", "25" },
        { "tlata alaf", "ary-Latn", "3000" },
        { "tlata alaf w mitayn", "ary-Latn", "3200" },
        { "3echrin alf", "ary-Latn", "20000" },
        { "alfayn", "ary-Latn", "2000" },
        { "2 alaf", "ary-Latn", "2000" },
        { "bghit n3tik mitayn w khamsin", "ary-Latn", "250" },
        { "khamsa w tes3in alf w ts3miya w tes3ud w tes3in", "ary-Latn", "95999" },

        // Darija, Arabic script
        { "عشرين", "ary", "20" },
        { "ميتين", "ary", "200" },
        { "ألف وخمسمية", "ary", "1500" },
        { "ميتين درهم", "ary", "200 MAD" },
        { "خمسة وعشرين", "ary", "25" },
        { "تلاتة آلاف", "ary", "3000" },
        { "مية وخمسين", "ary", "150" },

        // Modern Standard Arabic
        { "مائتان", "ar", "200" },
        { "ألف وخمسمائة", "ar", "1500" },
        { "خمسة وعشرون", "ar", "25" },
        { "ثلاثة عشر", "ar", "13" },
        { "مائتان وخمسون درهما", "ar", "250 MAD" },
        { "خمسة عشر ألفا", "ar", "15000" },
        { "خمسة عشر ألف", "ar", "15000" },

        // French
        { "deux cent cinquante", "fr", "250" },
        { "mille deux cents", "fr", "1200" },
        { "quatre-vingt-dix", "fr", "90" },
        { "quatre-vingt-dix-sept euros", "fr", "97 EUR" },
        { "soixante-dix", "fr", "70" },
        { "soixante et onze", "fr", "71" },
        { "vingt et un", "fr", "21" },
        { "cent cinquante", "fr", "150" },
        { "deux mille cinq cents dirhams", "fr", "2500 MAD" },
        { "quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf", "fr", "99999" },
        { "je vous propose trois cents", "fr", "300" },

        // English
        { "one fifty", "en", "ask 150 1.50" },
        { "twelve fifty", "en", "ask 1250 12.50" },
        { "two hundred and fifty", "en", "250" },
        { "fifteen hundred", "en", "1500" },
        { "a hundred", "en", "100" },
        { "a hundred and twenty dollars", "en", "120 USD" },
        { "forty-five euros", "en", "45 EUR" },
        { "twenty thousand", "en", "20000" },

        // Spanish
        { "doscientos cincuenta", "es", "250" },
        { "mil quinientos", "es", "1500" },
        { "ciento veinte euros", "es", "120 EUR" },
        { "dos mil quinientos", "es", "2500" },
        { "treinta y cinco", "es", "35" },
        { "veintidós", "es", "22" },

        // Two numbers, articles, nothing
        { "200 ou 300", "fr", "ask 200 300" },
        { "mitayn wla tlatmiya", "ary-Latn", "ask 200 300" },
        { "2 sacs à 300 dh", "fr", "300 MAD" },
        { "un sac à 300", "fr", "300" },
        { "300 dh, 300 dh", "fr", "300 MAD" },
        { "twenty thirty", "en", "ask 2030 20.30" },
        { "cinquante soixante", "fr", "ask 50 60" },
        { "3afak 7aja b 200", "ary-Latn", "200" },
        { "5dh", "ary-Latn", "5 MAD" },
        { "salam", "ary-Latn", "none" },
        { "wach kayn chi 7aja", "ary-Latn", "none" },
        { "", "fr", "none" },
        { "👍", "en", "none" },
        { "un peu plus", "fr", "none" },
        { "one more please", "en", "none" },

        // A minus sign is no price: nobody sells for less than nothing
        { "-1", "fr", "none" },
        { "-250 dh", "fr", "none" },
        { "prix: −300", "fr", "none" },
        { "200-300", "fr", "ask 200 300" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Recognize_RealInput_GivesValueCurrencyOrAsksAgain(string text, string language, string expected)
    {
        var result = _recognizer.Recognize(text, language);

        Describe(result).Should().Be(expected, "reading \"{0}\" in {1}", text, language);
    }

    [Fact]
    public void Recognize_InputTable_HasAtLeastEightyRows()
    {
        Inputs.Count.Should().BeGreaterThanOrEqualTo(80);
    }

    [Fact]
    public void Recognize_PersonsLanguage_BreaksTieBetweenTables()
    {
        var result = _recognizer.Recognize("six", "fr");

        result.Value.Should().Be(6);
    }

    private static string Describe(AmountRecognition result)
    {
        var currency = result.Currency is null ? "" : " " + result.Currency;
        if (result.IsAmbiguous)
        {
            return "ask " + string.Join(' ', result.Candidates.Select(Format)) + currency;
        }

        return result.Value is { } value ? Format(value) + currency : "none";
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
