namespace SoukPlay.Bot.Voice.Calls;

/// <summary>Settings of phone calls (<c>Voice</c> section).</summary>
public sealed class CallOptions
{
    public const string SectionName = "Voice";

    /// <summary>
    /// Where Twilio fetches recorded prompts: <c>{PromptsBaseUrl}/{language}/{key}.mp3</c>, for
    /// example <c>https://cdn.example.org/prompts/ary/call.menu.mp3</c>. Empty: no recordings.
    /// </summary>
    public string? PromptsBaseUrl { get; set; }

    /// <summary>
    /// The local folder holding the same files (<c>{PromptsFolder}/{language}/{key}.mp3</c>), looked
    /// at to know whether a recording exists; a missing file falls back to text-to-speech.
    /// </summary>
    public string? PromptsFolder { get; set; }

    /// <summary>Seconds Twilio waits for a key or words before the question is asked again.</summary>
    public int GatherTimeoutSeconds { get; set; } = 6;

    /// <summary>How many times a question is asked again after silence or a wrong key.</summary>
    public int MaxRetries { get; set; } = 2;
}
