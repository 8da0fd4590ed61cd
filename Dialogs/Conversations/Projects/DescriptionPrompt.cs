using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// Asks for a description written or spoken: a voice note is kept by its address (its
/// transcription is done elsewhere), typed text as written; the answer is a
/// <see cref="ProjectDescription"/>.
/// </summary>
public sealed class DescriptionPrompt : Prompt<ProjectDescription>
{
    public DescriptionPrompt(string id)
        : base(id, null)
    {
    }

    protected override PromptRecognition<ProjectDescription> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        var text = context.Activity.Text.Trim();
        var voice = context.Activity.Media.FirstOrDefault(media => media.IsAudio);
        return text.Length == 0 && voice is null
            ? new PromptRecognition<ProjectDescription>(false, null)
            : new PromptRecognition<ProjectDescription>(true, new ProjectDescription(text, voice?.Url));
    }
}
