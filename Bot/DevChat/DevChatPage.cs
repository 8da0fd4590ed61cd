namespace SoukPlay.Bot.DevChat;

/// <summary>The local chat page, embedded in the assembly (it loads nothing from the network).</summary>
internal static class DevChatPage
{
    public static string Html { get; } = Load();

    private static string Load()
    {
        var assembly = typeof(DevChatPage).Assembly;
        using var stream = assembly.GetManifestResourceStream("SoukPlay.Bot.DevChat.chat.html")
            ?? throw new InvalidOperationException(
                "The embedded resource DevChat/chat.html is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
