using ForeignAffairs.Routing;

namespace ForeignAffairs.Rendering;

/// <summary>
/// How a page is listed in the sitemap: its address and its language versions. Pages that are not translations are not
/// listed.
/// </summary>
/// <param name="Permalink">The page's full address.</param>
/// <param name="Alternates">Its versions in every language it is written in, and x-default.</param>
internal sealed record SitemapEntry(string Permalink, IReadOnlyList<Alternate> Alternates);
