namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Checks a recognized value against the conversation's own rules. Return false to re-ask; set
/// <see cref="PromptValidatorContext{T}.RetryText"/> to say why instead of the prompt's retry text.
/// </summary>
public delegate Task<bool> PromptValidator<T>(
    PromptValidatorContext<T> context,
    CancellationToken cancellationToken);
