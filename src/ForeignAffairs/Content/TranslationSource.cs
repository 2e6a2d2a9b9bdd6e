namespace ForeignAffairs.Content;

/// <summary>An entry's text in one language, as read from <c>&lt;lang&gt;.md</c>.</summary>
/// <param name="Language">The language code the file is named after.</param>
/// <param name="Path">The file, relative to the site folder.</param>
/// <param name="FrontMatter">The fields that override <c>index.yaml</c> for this language, if the file has front
/// matter.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The 1-based line of the file on which <paramref name="Body"/> starts.</param>
/// <param name="Fingerprint">The fingerprint of the whole file, for telling when translations made from it are
/// stale; null for a translation, which nothing is made from.</param>
internal sealed record TranslationSource(string Language, string Path, YamlSource? FrontMatter, string Body,
    int BodyLine, string? Fingerprint);
