using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

/// <summary>Plays the steps many artisan transcripts share, checking only that each step moved on.</summary>
internal static class ArtisanJourney
{
    /// <summary>The number each catalogue has in the language menu.</summary>
    public static string LanguageChoice(string language) => language switch
    {
        "fr" => "1",
        "ary" => "2",
        "ary-Latn" => "3",
        "ar" => "4",
        "en" => "5",
        "es" => "6",
        "zgh" => "7",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no such catalogue"),
    };

    public static MediaAttachment Photo(string name = "tajine") =>
        new($"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/{name}", "image/jpeg");

    /// <summary>First contact to the sector menu: language, then the artisan role.</summary>
    public static async Task OnboardAsync(TestFlow flow, string phone, string language = "fr")
    {
        await flow.Send(phone, "salam");
        await flow.Send(phone, LanguageChoice(language));
        await flow.Send(phone, "1");
        flow.Person(phone)!.Role.Should().Be(Role.Artisan);
    }

    /// <summary>Onboards and opens a shop; returns its code.</summary>
    public static async Task<string> OpenShopAsync(
        TestFlow flow,
        string phone,
        Zone zone = Zone.Rural,
        string language = "fr")
    {
        await OnboardAsync(flow, phone, language);
        await flow.Send(phone, "1");
        await flow.Send(phone, ((int)zone + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await flow.Send(phone, "Atelier Test");
        var shop = await flow.Store.FindShopByOwnerAsync(phone);
        shop.Should().NotBeNull("the profile should have opened a shop");
        return shop!.Id;
    }

    /// <summary>From the artisan menu: lists a handmade product and returns the last turn's messages.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ListAsync(
        TestFlow flow,
        string phone,
        string title,
        string price = "200",
        string quantity = "1")
    {
        await flow.Send(phone, "1");
        await flow.Send(phone, "", Channel.WhatsApp, Photo());
        await flow.Send(phone, title);
        await flow.Send(phone, price);
        await flow.Send(phone, quantity);
        await flow.Send(phone, "1");
        return flow.LastMessages;
    }
}
