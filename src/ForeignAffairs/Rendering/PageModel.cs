using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A page to render: the <c>page</c> object templates see, and its sitemap listing (null for pages that are not
/// listed).
/// </summary>
/// <param name="Page">The template's <c>page</c>.</param>
/// <param name="Sitemap">The page's sitemap entry, if it is listed.</param>
internal sealed record PageModel(ScriptObject Page, SitemapEntry? Sitemap)
{
    /// <summary>
    /// The links of the entry's text that an entry's page shows, where its problems are best reported.
    /// </summary>
    public IReadOnlyList<WrittenLink> TextLinks { get; init; } = [];
}
