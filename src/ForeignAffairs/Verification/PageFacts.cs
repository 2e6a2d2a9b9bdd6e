using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Verification;

/// <summary>What the verify stage needs to know about one rendered page, read from its HTML in a single pass.</summary>
/// <param name="Page">The rendered page.</param>
/// <param name="Lang">The <c>lang</c> attribute of its <c>html</c> element, or null when it has none.</param>
/// <param name="Title">The text of its <c>title</c>, trimmed; empty when it has none.</param>
/// <param name="Description">The content of its <c>meta name="description"</c>, or null when it has none.</param>
/// <param name="Ids">Every element id, and every <c>a name</c>, a fragment can point to.</param>
/// <param name="DuplicateIds">The ids given to more than one element, in document order.</param>
/// <param name="Links">Every distinct link and resource address (href or src), in document order.</param>
/// <param name="ImagesWithoutAlt">The src of every image without an alt attribute.</param>
/// <param name="Alternates">Its hreflang alternates (<c>link rel="alternate" hreflang</c>).</param>
internal sealed record PageFacts(
    RenderedPage Page,
    string? Lang,
    string Title,
    string? Description,
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> DuplicateIds,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> ImagesWithoutAlt,
    IReadOnlyList<Alternate> Alternates)
{
    /// <summary>
    /// Reads <paramref name="page"/> as a browser's parser reads it, without building its document or even its tokens
    /// (<see cref="HtmlScanner"/>): the tree is not needed to know its ids, links and head, and building it cost as
    /// much as rendering the page.
    /// </summary>
    public static PageFacts Read(RenderedPage page) =>
        HtmlScanner.Read(page, page.Markup.Span);
}
