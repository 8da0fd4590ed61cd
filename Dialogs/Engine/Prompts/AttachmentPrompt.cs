using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>Asks for a photo: the answer is the message's first image.</summary>
public sealed class AttachmentPrompt : Prompt<MediaAttachment>
{
    public AttachmentPrompt(string id, PromptValidator<MediaAttachment>? validator = null)
        : base(id, validator)
    {
    }

    /// <inheritdoc/>
    protected override bool ExplainsVoiceNotes => false;

    protected override PromptRecognition<MediaAttachment> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        var image = context.Activity.Media.FirstOrDefault(media => media.IsImage);
        return image is null
            ? new PromptRecognition<MediaAttachment>(false, default)
            : new PromptRecognition<MediaAttachment>(true, image);
    }
}
