using System.Text;
using System.Xml.Linq;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A sitemap lists at most 50,000 addresses in at most 50 MB: past either, it is an index of parts that together list
/// every address once, in order, each part within both limits (here with smaller limits, as a site of tens of
/// thousands of pages would reach them).
/// </summary>
public sealed class SitemapDocumentTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly Configuration.SiteConfig Config = TempFolder.ThreeLanguageConfig();

    // Each project's page in three languages, with its alternates; and a page that is not listed.
    private static RenderedSite Site(int projects)
    {
        var pages = new List<RenderedPage>();
        for (var i = 0; i < projects; i++)
        {
            var slug = $"du-an-{i:000}";
            Alternate[] alternates =
            [
                .. new[] { "en", "ja", "ko" }.Select(l => new Alternate(l, Address(l, slug))),
                new("x-default", Address("en", slug)),
            ];
            pages.AddRange(new[] { "en", "ja", "ko" }.Select(l => new RenderedPage($"{l}/projects/{slug}/index.html",
                "<p>", l, "content", new SitemapEntry(Address(l, slug), alternates))));
        }
        pages.Add(new RenderedPage("404.html", "<p>", "en", "theme"));
        return new RenderedSite(pages, []);
    }

    private static string Address(string language, string slug) =>
        $"https://example.org/invest/{language}/projects/{slug}/";

    private static XElement Root(PublishedDocument document) =>
        XDocument.Parse(Encoding.UTF8.GetString(document.Content)).Root!;

    private static string[] Locations(XElement root, XName element) =>
        [.. root.Elements(element).Select(e => e.Element(Sitemaps + "loc")!.Value)];

    [Fact]
    public void Within_the_limits_the_sitemap_is_one_document_of_every_listed_address()
    {
        var sitemap = Assert.Single(SitemapDocument.For(Config, Site(20)));

        Assert.Equal("sitemap.xml", sitemap.Path);
        var root = Root(sitemap);
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.Equal(60, Locations(root, Sitemaps + "url").Length);
    }

    [Fact]
    public void Past_the_most_addresses_it_is_an_index_of_parts_that_list_each_address_once_in_order()
    {
        var documents = SitemapDocument.For(Config, Site(20), maxAddresses: 25);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], documents.Select(d => d.Path));
        var index = Root(documents[0]);
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        Assert.Equal(
            ["https://example.org/invest/sitemap-1.xml", "https://example.org/invest/sitemap-2.xml",
                "https://example.org/invest/sitemap-3.xml"],
            Locations(index, Sitemaps + "sitemap"));
        var parts = documents.Skip(1).Select(d => Locations(Root(d), Sitemaps + "url")).ToArray();
        Assert.All(parts, part => Assert.InRange(part.Length, 1, 25));
        var all = parts.SelectMany(p => p).ToArray();
        Assert.Equal(Locations(Root(Assert.Single(SitemapDocument.For(Config, Site(20)))), Sitemaps + "url"), all);
    }

    [Fact]
    public void Past_the_most_bytes_the_parts_are_made_smaller_until_each_fits()
    {
        var whole = Assert.Single(SitemapDocument.For(Config, Site(20))).Content.Length;

        var documents = SitemapDocument.For(Config, Site(20), maxBytes: whole / 4);

        Assert.True(documents.Count > 4, $"{documents.Count} documents");
        Assert.All(documents.Skip(1), part => Assert.InRange(part.Content.Length, 1, whole / 4));
        Assert.Equal(60, documents.Skip(1).Sum(d => Locations(Root(d), Sitemaps + "url").Length));
    }

    [Fact]
    public void A_site_without_listed_pages_has_an_empty_sitemap()
    {
        var sitemap = Assert.Single(SitemapDocument.For(Config, Site(0)));

        Assert.Equal(Sitemaps + "urlset", Root(sitemap).Name);
        Assert.Empty(Root(sitemap).Elements());
    }
}
