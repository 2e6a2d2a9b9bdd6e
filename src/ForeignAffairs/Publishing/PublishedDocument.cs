namespace ForeignAffairs.Publishing;

/// <summary>A file the publish stage writes besides the pages: the sitemap, robots.txt, feeds, data exports.</summary>
/// <param name="Path">Where it goes, relative to the output folder.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record PublishedDocument(string Path, byte[] Content);
