namespace SoukPlay.Dialogs.Language.Translation;

public enum TranslationOutcome
{
    /// <summary>Translated (or nothing to do: same language).</summary>
    Translated,

    /// <summary>Translated through a nearby language (Darija sent as Arabic); worth a note.</summary>
    ReducedQuality,

    /// <summary>Delivered as written, marked with its language ("[ary-Latn] salam...").</summary>
    Untranslated,

    /// <summary>The provider failed (down, slow, over quota, refused the key).</summary>
    Failed,
}
