using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>The files published besides the pages, made from the site and its rendered pages.</summary>
public static class SiteDocuments
{
    /// <summary>Every document of <paramref name="site"/>, in path order.</summary>
    public static IReadOnlyList<PublishedDocument> For(Site site, RenderedSite rendered) => [];
}
