namespace ForeignAffairs.Rendering;

/// <summary>A page ready to be written.</summary>
/// <param name="Path">The file, relative to the output folder: <c>en/projects/slug/index.html</c>.</param>
/// <param name="Html">The page; null once a build has written it, since a large site is not held in memory
/// whole.</param>
/// <param name="Language">The page's language, or null for the root page.</param>
/// <param name="Source">The site file the page comes from, for diagnostics about it.</param>
/// <param name="Sitemap">How the page is listed in the sitemap, or null when it is not (pages for missing addresses,
/// untranslated pages).</param>
/// <param name="Dependencies">What the page was made from, when the render noted it for later rebuilds.</param>
internal sealed record RenderedPage(
    string Path,
    string? Html,
    string? Language,
    string Source,
    SitemapEntry? Sitemap = null,
    PageDependencies? Dependencies = null)
{
    /// <summary>The links that the entry's text on the page writes, with their positions in the text.</summary>
    public IReadOnlyList<WrittenLink> TextLinks { get; init; } = [];
}
