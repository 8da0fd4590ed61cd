using SoukPlay.Bot.DevChat;
using SoukPlay.Bot.Hosting;
using SoukPlay.Bot.Twilio;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Market;
using SoukPlay.Storage.LiteDb;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLiteDbStorage(builder.Configuration.GetSection("Storage:LiteDb"));
builder.Services.AddMarket(builder.Configuration);
builder.Services.AddDialogEngine();
builder.Services.AddOnboarding();
builder.Services.AddMessagingHost(builder.Configuration);

var app = builder.Build();

app.MapTwilioMessages();
app.MapTwilioStatus();
app.MapDevChat();
StartupMessages.Register(app);

app.Run();

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
