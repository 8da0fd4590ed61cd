using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class OptOutCommandsTests : IDisposable
{
    private const string Phone = "+212600000002";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Theory]
    [InlineData("STOP", "Vous êtes désabonné")]
    [InlineData("arrêt", "Vous êtes désabonné")]
    [InlineData("Unsubscribe", "Vous êtes désabonné")]
    [InlineData("وقف", "Vous êtes désabonné")]
    public async Task Stop_AnyLanguageWord_OptsOutAndAnswersOnlyTheConfirmation(string word, string expected)
    {
        await _flow.Send(Phone, "Salam").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));

        await _flow.Send(Phone, word)
            .ExpectReply(r => r.Should().Contain(expected).And.Contain("START"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task Stop_Darija_ConfirmsInDarija()
    {
        await _flow.Send(Phone, "السلام").ExpectReply(r => r.Should().Contain("ختار اللغة"));
        await _flow.Send(Phone, "2").ExpectReply(_ => { });

        await _flow.Send(Phone, "توقف")
            .ExpectReply(r => r.Should().Contain("تحيدتي"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task OptedOut_FurtherMessages_OneNoticeADayThenSilence()
    {
        await _flow.Send(Phone, "stop").ExpectReply(r => r.Should().Contain("désabonné"));

        await _flow.Send(Phone, "bonjour")
            .ExpectReply(r => r.Should().Contain("Envoyez START"))
            .ExpectNoMoreReplies();
        (await _flow.RunAsync(_flow.Send(Phone, "1").Activity)).Should().BeEmpty();

        _flow.Clock.Advance(TimeSpan.FromHours(23));
        (await _flow.RunAsync(_flow.Send(Phone, "menu").Activity)).Should().BeEmpty();

        _flow.Clock.Advance(TimeSpan.FromHours(1));
        await _flow.Send(Phone, "allo").ExpectReply(r => r.Should().Contain("Envoyez START"));
    }

    [Theory]
    [InlineData("START")]
    [InlineData("commencer")]
    [InlineData("بدا")]
    [InlineData("yes")]
    public async Task Start_AfterStop_OptsInAgainAndAnswers(string word)
    {
        await _flow.Send(Phone, "stop").ExpectReply(_ => { });

        await _flow.Send(Phone, word)
            .ExpectReply(r => r.Should().Contain("Bon retour"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.OptedOut.Should().BeFalse();
        await _flow.Send(Phone, "menu").ExpectReply(r => r.Should().NotContain("START"));
    }

    [Theory]
    [InlineData("HELP")]
    [InlineData("info")]
    [InlineData("aide")]
    [InlineData("مساعدة")]
    public async Task Help_WhileOptedOut_AnswersShortHelpAndStaysOut(string word)
    {
        await _flow.Send(Phone, "stop").ExpectReply(_ => { });

        await _flow.Send(Phone, word)
            .ExpectReply(r => r.Should().Contain("Souk & Play").And.Contain("START"))
            .ExpectNoMoreReplies();

        _flow.Person(Phone)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task Info_NotOptedOut_AnswersTheGlobalHelp()
    {
        await _flow.Send(Phone, "Salam").ExpectReply(_ => { });

        await _flow.Send(Phone, "INFO").ExpectReply(r => r.Should().Contain(_flow.Catalog.Format("fr", "help.global")));

        _flow.Person(Phone)!.OptedOut.Should().BeFalse();
    }

    [Fact]
    public async Task Start_NotOptedOut_IsTheMenuAsBefore()
    {
        await _flow.Send(Phone, "hi").ExpectReply(_ => { });
        await _flow.Send(Phone, "English").ExpectReply(_ => { });

        await _flow.Send(Phone, "start").ExpectReply(r => r.Should().NotContain("Welcome back"));

        _flow.Person(Phone)!.OptedOut.Should().BeFalse();
    }

    [Fact]
    public async Task Balach_AnsweringAQuestion_IsNoNotStop()
    {
        await _flow.Send(Phone, "السلام").ExpectReply(r => r.Should().Contain("ختار اللغة"));

        await _flow.Send(Phone, "بلاش").ExpectReply(r => r.Should().NotContain("تحيدتي"));

        _flow.Person(Phone)!.OptedOut.Should().BeFalse();
    }
}
