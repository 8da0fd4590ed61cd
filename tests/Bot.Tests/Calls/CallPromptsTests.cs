using Microsoft.Extensions.Options;
using SoukPlay.Bot.Voice.Calls;
using SoukPlay.Dialogs.Localization;
using Twilio.TwiML.Voice;

namespace SoukPlay.Bot.Tests.Calls;

public sealed class CallPromptsTests : IDisposable
{
    private const string BaseUrl = "https://prompts.example.test/voice";

    private readonly string _folder = Directory.CreateTempSubdirectory("soukplay-prompts-").FullName;
    private readonly CallPrompts _prompts;

    public CallPromptsTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "ary"));
        File.WriteAllBytes(Path.Combine(_folder, "ary", "call.menu.mp3"), [0xFF, 0xFB, 0x90, 0x00]);
        File.WriteAllBytes(Path.Combine(_folder, "ary", "call.amount.heard.mp3"), [0xFF, 0xFB, 0x90, 0x00]);
        _prompts = new CallPrompts(
            MessageCatalog.LoadEmbedded(),
            Options.Create(new CallOptions { PromptsBaseUrl = BaseUrl, PromptsFolder = _folder }));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("fr", "fr-FR", "Tapez 1 pour accepter.")]
    [InlineData("en", "en-US", "Press 1 to accept.")]
    public void Speak_LanguageWithATwilioVoice_SaysTheCatalogueText(string language, string voice, string start)
    {
        var say = _prompts.Speak(language, "call.menu").Should().ContainSingle().Which.Should().BeOfType<Say>().Subject;

        var xml = System.Xml.Linq.XElement.Parse(say.ToString());
        xml.Attribute("language")!.Value.Should().Be(voice);
        xml.Value.Should().StartWith(start);
    }

    [Fact]
    public void Speak_DarijaWithARecording_PlaysTheFile()
    {
        var play = _prompts.Speak("ary", "call.menu").Should().ContainSingle().Which.Should().BeOfType<Play>().Subject;

        System.Xml.Linq.XElement.Parse(play.ToString()).Value.Should().Be($"{BaseUrl}/ary/call.menu.mp3");
    }

    [Fact]
    public void Speak_DarijaRecordingWithAnAmount_PlaysTheFileThenSaysTheNumber()
    {
        var parts = _prompts.Speak("ary", "call.amount.heard", new Dictionary<string, object?> { ["amount"] = 300m });

        parts.Should().HaveCount(2);
        parts[0].Should().BeOfType<Play>();
        var say = System.Xml.Linq.XElement.Parse(parts[1].ToString());
        say.Value.Should().Be("300");
        say.Attribute("language")!.Value.Should().Be("ar-XA");
    }

    [Fact]
    public void Speak_DarijaRecordingMissing_FallsBackToTheArabicVoice()
    {
        var say = System.Xml.Linq.XElement.Parse(_prompts.Speak("ary", "call.goodbye").Single().ToString());

        say.Name.LocalName.Should().Be("Say");
        say.Attribute("language")!.Value.Should().Be("ar-XA");
        say.Value.Should().Be("شكرا. بسلامة.");
    }

    [Fact]
    public void Speak_TamazightRecordingMissing_FallsBackToFrench()
    {
        var say = System.Xml.Linq.XElement.Parse(_prompts.Speak("zgh", "call.goodbye").Single().ToString());

        say.Attribute("language")!.Value.Should().Be("fr-FR");
        say.Value.Should().Be("Merci. Au revoir.");
    }
}
