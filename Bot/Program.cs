using SoukPlay.Bot.Admin;
using SoukPlay.Bot.DevChat;
using SoukPlay.Bot.Hosting;
using SoukPlay.Bot.Products;
using SoukPlay.Bot.Translation;
using SoukPlay.Bot.Twilio;
using SoukPlay.Bot.Voice;
using SoukPlay.Bot.Voice.Calls;
using SoukPlay.Dialogs.Conversations.Artisan;
using SoukPlay.Bot.Market;
using SoukPlay.Dialogs.Conversations.Buyer;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddStorage(builder.Configuration.GetSection("Storage"));
builder.Services.AddMarket(builder.Configuration);
builder.Services.AddLanguageUnderstanding(builder.Configuration);
builder.Services.AddTranslation(builder.Configuration);
builder.Services.AddVoiceNotes(builder.Configuration);
builder.Services.AddPhoneCalls(builder.Configuration);
builder.Services.AddDialogEngine();
builder.Services.AddOnboarding();
builder.Services.AddArtisanConversations();
builder.Services.AddBuyerConversations().AddNegotiation();
builder.Services.AddNegotiationExpiry(builder.Configuration);
builder.Services.AddCommunity(builder.Configuration).RouteTurnsThroughCommunityEntry().AddAdmin(builder.Configuration);
builder.Services.AddMessagingHost(builder.Configuration);

var app = builder.Build();

app.MapTwilioMessages();
app.MapTwilioStatus();
app.MapTwilioVoice();
app.MapDevChat();
app.MapProductPage();
app.MapAdmin();
StartupMessages.Register(app);

app.Run();

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
