using SoukPlay.Bot.DevChat;
using SoukPlay.Bot.Hosting;
using SoukPlay.Bot.Twilio;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMessagingHost(builder.Configuration);

var app = builder.Build();

app.MapTwilioMessages();
app.MapDevChat();
StartupMessages.Register(app);

app.Run();

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
