using System.Xml.Linq;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>Reads a TwiML answer as XML.</summary>
public static class TwimlAssert
{
    /// <summary>Checks the answer is a TwiML document and returns its &lt;Message&gt; elements.</summary>
    public static async Task<IReadOnlyList<XElement>> MessagesAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        document.Root!.Name.LocalName.Should().Be("Response");
        return document.Root.Elements().ToList();
    }
}
