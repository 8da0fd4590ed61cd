using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// Asks for a photo that may be skipped: the answer is the photo's address, or an empty string
/// when the person says no (the catalogues' <c>words.no</c>, in any language).
/// </summary>
public sealed class PhotoOrSkipPrompt : Prompt<string>
{
    public PhotoOrSkipPrompt(string id)
        : base(id, null)
    {
    }

    protected override PromptRecognition<string> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Activity.Media.FirstOrDefault(media => media.IsImage) is { } photo)
        {
            return new PromptRecognition<string>(true, photo.Url);
        }

        var reply = TextNormalizer.Normalize(context.Activity.Text);
        var skipped = reply.Length > 0 && context.Catalog.Languages.Any(language =>
            context.Catalog.Words(language, "words.no").Any(word => TextNormalizer.Normalize(word) == reply));
        return new PromptRecognition<string>(skipped, skipped ? "" : null);
    }
}
