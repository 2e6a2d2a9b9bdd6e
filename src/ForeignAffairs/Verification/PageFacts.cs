using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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
    /// <summary>Parses <paramref name="page"/> with <paramref name="parser"/>, which the caller does not share between threads.</summary>
    public static PageFacts Read(RenderedPage page, HtmlParser parser)
    {
        using var document = parser.ParseDocument(page.Html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var links = new List<string>();
        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        var imagesWithoutAlt = new List<string>();
        var alternates = new List<Alternate>();
        string? description = null;

        void Link(string? value)
        {
            if (value is not null && seenLinks.Add(value)) links.Add(value);
        }

        // One walk over the elements is much cheaper than a selector query per kind of element.
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id && !ids.Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
            switch (element.LocalName)
            {
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
                    Link(element.GetAttribute("href"));
                    break;
                case "link":
                    var href = element.GetAttribute("href");
                    Link(href);
                    if (href is not null && element.GetAttribute("hreflang") is { } hreflang && HasToken(element.GetAttribute("rel"), "alternate"))
                        alternates.Add(new Alternate(hreflang, href));
                    break;
                case "img":
                    Link(element.GetAttribute("src"));
                    if (!element.HasAttribute("alt")) imagesWithoutAlt.Add(element.GetAttribute("src") ?? "");
                    break;
                case "script" or "source" or "iframe":
                    Link(element.GetAttribute("src"));
                    break;
                case "meta" when description is null && string.Equals(element.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase):
                    description = element.GetAttribute("content");
                    break;
            }
        }
        return new PageFacts(page, document.DocumentElement.GetAttribute("lang"), (document.Title ?? "").Trim(), description,
            ids, duplicates, links, imagesWithoutAlt, alternates);
    }

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}
