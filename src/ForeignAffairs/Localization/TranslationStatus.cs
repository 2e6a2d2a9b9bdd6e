using ForeignAffairs.Content;

namespace ForeignAffairs.Localization;

/// <summary>The state of one entry's translation into one language.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Language">The language of the translation.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Path">The translation's file, or where it would be, relative to the site.</param>
internal sealed record TranslationStatus(EntryKey Entry, string Language, TranslationState State, string Path);
