namespace SoukPlay.Bot.Translation;

/// <summary>What Azure's /detect said about one text: an Azure language code and a 0–1 score.</summary>
public sealed record AzureDetection(string Language, double Score);
