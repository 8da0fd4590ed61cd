using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// Opens the artisan's shop: craft sector, zone and the name buyers see (the WhatsApp profile
/// name is offered as choice 1), then gives the shop code and the click-to-chat link.
/// Ends with the shop code.
/// </summary>
public sealed class ArtisanProfileDialog : WaterfallDialog
{
    public const string DialogId = "artisan.profile";

    private const int MaxNameLength = 40;
    private const string SectorPromptId = "artisan.profile.sector";
    private const string ZonePromptId = "artisan.profile.zone";
    private const string NamePromptId = "artisan.profile.name";
    private const string SectorKey = "sector";
    private const string ZoneKey = "zone";

    private readonly CatalogueService _catalogue;
    private readonly ILogger<ArtisanProfileDialog> _logger;

    public ArtisanProfileDialog(CatalogueService catalogue, ILogger<ArtisanProfileDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(logger);

        _catalogue = catalogue;
        _logger = logger;
        Add(new ChoicePrompt(SectorPromptId));
        Add(new ChoicePrompt(ZonePromptId));
        Add(new TextPrompt(NamePromptId, ValidateNameAsync));
        AddStep(AskSectorAsync);
        AddStep(AskZoneAsync);
        AddStep(AskNameAsync);
        AddStep(OpenShopAsync);
    }

    private static Task<DialogTurnResult> AskSectorAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Context.Reply("artisan.profile.start");
        return step.PromptAsync(
            SectorPromptId,
            new PromptOptions
            {
                Prompt = "artisan.sector.ask",
                Retry = "artisan.sector.retry",
                Choices = CraftSectorMenu.Choices,
            },
            ct);
    }

    private static Task<DialogTurnResult> AskZoneAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set(SectorKey, Enum.Parse<CraftSector>(((FoundChoice)step.Result!).Value));
        return step.PromptAsync(
            ZonePromptId,
            new PromptOptions
            {
                Prompt = "artisan.zone.ask",
                Retry = "artisan.zone.retry",
                Choices = ZoneMenu.Choices,
            },
            ct);
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set(ZoneKey, Enum.Parse<Zone>(((FoundChoice)step.Result!).Value));
        var profileName = ProfileName(step);
        var prompt = profileName is null
            ? new LocalizedText("artisan.name.ask")
            : new LocalizedText("artisan.name.ask.profile", new Dictionary<string, object?>
            {
                ["name"] = profileName,
            });
        var options = new PromptOptions { Prompt = prompt, Retry = "artisan.name.retry" };
        return step.PromptAsync(NamePromptId, options, ct);
    }

    private async Task<DialogTurnResult> OpenShopAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var name = ChosenName((string)step.Result!, ProfileName(step));
        var shop = await _catalogue.OpenShopAsync(
            context.Person,
            name,
            step.Values.Get<CraftSector>(SectorKey),
            step.Values.Get<Zone>(ZoneKey),
            context.Changes,
            ct);
        Log.ShopOpened(_logger, shop.Id);

        context.Reply("shop.opened", new Dictionary<string, object?>
        {
            ["name"] = shop.DisplayName,
            ["code"] = shop.Id,
            ["link"] = ShopCodes.ClickToChatLink(BotNumber(step), shop.Id),
        });
        return await step.EndDialogAsync(shop.Id, ct);
    }

    /// <summary>"1" (in any script, or 1️⃣) takes the profile name; anything else is the name.</summary>
    private static string ChosenName(string answer, string? profileName) =>
        profileName is not null && TextNormalizer.Normalize(answer) == "1" ? profileName : answer;

    private static Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var name = ChosenName(prompt.Recognized.Value ?? "", ProfileName(prompt.Context.Person));
        return Task.FromResult(IsUsableName(name));
    }

    /// <summary>The WhatsApp profile name when it would make a shop name, else null (not offered).</summary>
    private static string? ProfileName(Person person) =>
        person.ProfileName?.Trim() is { } name && IsUsableName(name) ? name : null;

    private static string? ProfileName(WaterfallStepContext step) => ProfileName(step.Context.Person);

    private static bool IsUsableName(string name) => name.Length <= MaxNameLength && name.Any(char.IsLetter);

    /// <summary>The number the artisan wrote to: the link opens a chat with that same number.</summary>
    private static string BotNumber(WaterfallStepContext step) =>
        string.IsNullOrEmpty(step.Context.Person.LastBotNumber)
            ? step.Context.Activity.To
            : step.Context.Person.LastBotNumber;
}
