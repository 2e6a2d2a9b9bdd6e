using System.Xml;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/sitemap.xml</c>: every page that is listed (real translations and the pages that exist in every language; not
/// pages for missing addresses nor pages that only borrow another language's text), by address, each with its hreflang
/// alternates. It has no <c>lastmod</c>: the dates in the content are dates of facts, not of changes to the pages.
/// </summary>
internal static class SitemapDocument
{
    /// <summary>Where the sitemap is published, relative to the output folder.</summary>
    public const string Path = "sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The sitemap of <paramref name="rendered"/>.</summary>
    public static PublishedDocument For(RenderedSite rendered)
    {
        var entries = rendered.Pages.Select(p => p.Sitemap).OfType<SitemapEntry>()
            .OrderBy(e => e.Permalink, StringComparer.Ordinal);
        return new PublishedDocument(Path, XmlDocumentWriter.Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in entries) WriteUrl(writer, entry);
            writer.WriteEndElement();
        }));
    }

    private static void WriteUrl(XmlWriter writer, SitemapEntry entry)
    {
        writer.WriteStartElement("url", SitemapNamespace);
        writer.WriteElementString("loc", SitemapNamespace, entry.Permalink);
        foreach (var alternate in entry.Alternates)
        {
            writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
            writer.WriteAttributeString("rel", "alternate");
            writer.WriteAttributeString("hreflang", alternate.Hreflang);
            writer.WriteAttributeString("href", alternate.Href);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
