namespace ForeignAffairs.Localization;

/// <summary>Where an entry's translation into one language stands.</summary>
internal enum TranslationState
{
    /// <summary>Translated from the current default-language text.</summary>
    Current,

    /// <summary>
    /// Translated, but the translation does not record what it was made from, so it cannot be known to be current.
    /// </summary>
    Unrecorded,

    /// <summary>Translated from a default-language text that has changed since.</summary>
    Stale,

    /// <summary>Not translated: readers see the default language's text.</summary>
    Missing,
}
