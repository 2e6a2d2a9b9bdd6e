using System.Xml;
using ForeignAffairs.Configuration;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/sitemap.xml</c>: every page that is listed (real translations and the pages that exist in every language; not
/// pages for missing addresses nor pages that only borrow another language's text), by address, each with its hreflang
/// alternates. It has no <c>lastmod</c>: the dates in the content are dates of facts, not of changes to the pages. A
/// sitemap may list at most 50,000 addresses in at most 50 MB (sitemaps.org): a larger site's is an index of parts,
/// <c>/sitemap-1.xml</c> and on, as search engines read them.
/// </summary>
internal static class SitemapDocument
{
    /// <summary>Where the sitemap, or the index of its parts, is published, relative to the output folder.</summary>
    public const string Path = "sitemap.xml";

    /// <summary>The most addresses one sitemap may list.</summary>
    public const int MaxAddresses = 50_000;

    /// <summary>The most bytes one sitemap may hold, uncompressed.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Whether <paramref name="path"/> is the sitemap or one of its parts.</summary>
    public static bool IsSitemap(string path) => path == Path
        || (path.StartsWith("sitemap-", StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal));

    /// <summary>
    /// The sitemap of <paramref name="rendered"/>, a site with <paramref name="config"/>: one document, or the index
    /// and its parts when one would list more than <paramref name="maxAddresses"/> or hold more than
    /// <paramref name="maxBytes"/>.
    /// </summary>
    public static IReadOnlyList<PublishedDocument> For(SiteConfig config, RenderedSite rendered,
        int maxAddresses = MaxAddresses, int maxBytes = MaxBytes)
    {
        SitemapEntry[] entries = [.. rendered.Pages.Select(p => p.Sitemap).OfType<SitemapEntry>()
            .OrderBy(e => e.Permalink, StringComparer.Ordinal)];
        var size = Math.Max(1, maxAddresses);
        while (true)
        {
            var parts = entries.Length == 0 ? [Urlset([])] : entries.Chunk(size).Select(Urlset).ToArray();
            if (parts.Length == 1 && parts[0].Length <= maxBytes) return [new PublishedDocument(Path, parts[0])];
            // Addresses are of any length: parts too large are made smaller, in proportion, until each fits.
            var largest = parts.Max(p => p.Length);
            if (largest <= maxBytes || size == 1) return Indexed(config, parts);
            size = Math.Max(1, (int)(size * ((double)maxBytes / largest)) - 1);
        }
    }

    private static IReadOnlyList<PublishedDocument> Indexed(SiteConfig config, byte[][] parts)
    {
        var urls = new SiteUrls(config);
        var paths = Enumerable.Range(1, parts.Length).Select(n => $"sitemap-{n}.xml").ToArray();
        var index = XmlDocumentWriter.Write(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var path in paths)
            {
                writer.WriteStartElement("sitemap", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Permalink(path));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
        return [new PublishedDocument(Path, index), .. paths.Select((p, i) => new PublishedDocument(p, parts[i]))];
    }

    private static byte[] Urlset(IEnumerable<SitemapEntry> entries) => XmlDocumentWriter.Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var entry in entries) WriteUrl(writer, entry);
        writer.WriteEndElement();
    });

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
