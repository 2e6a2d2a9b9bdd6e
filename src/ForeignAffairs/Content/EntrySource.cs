namespace ForeignAffairs.Content;

/// <summary>An entry folder as read from disk, before validation.</summary>
/// <param name="Key">The entry's collection and slug (the folder name, not yet checked).</param>
/// <param name="Index">The parsed <c>index.yaml</c>, or null when it is missing or unreadable.</param>
/// <param name="Translations">The Markdown files by language code.</param>
/// <param name="Resources">Other files of the folder (images, PDFs), as paths relative to the entry folder.</param>
internal sealed record EntrySource(
    EntryKey Key,
    YamlSource? Index,
    IReadOnlyDictionary<string, TranslationSource> Translations,
    IReadOnlyList<string> Resources)
{
    /// <summary>The languages whose Markdown file is there but empty: a translation not yet written.</summary>
    public IReadOnlyList<string> Unwritten { get; init; } = [];

    /// <summary>
    /// The images among <see cref="Resources"/> by name, length and time of change: pages show them at addresses made
    /// from their content, so a replaced image changes the pages even when no text does.
    /// </summary>
    public string Images { get; init; } = "";

    /// <summary>The languages whose Markdown file is there but could not be read, as was reported.</summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];
}
