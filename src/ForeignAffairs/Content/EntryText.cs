namespace ForeignAffairs.Content;

/// <summary>An entry's Markdown body in one language.</summary>
/// <param name="Language">The language it is written in.</param>
/// <param name="Path">The file, relative to the site folder.</param>
/// <param name="Markdown">The body after the front matter.</param>
/// <param name="BodyLine">The 1-based line of the file on which the body starts, for diagnostics.</param>
/// <param name="Fingerprint">The fingerprint of the whole file, which translations made from it record; null for a
/// text in another language than the default, which nothing is made from.</param>
/// <param name="TranslatedFrom">The fingerprint of the source this translation was made from, if recorded.</param>
internal sealed record EntryText(string Language, string Path, string Markdown, int BodyLine, string? Fingerprint,
    string? TranslatedFrom);
