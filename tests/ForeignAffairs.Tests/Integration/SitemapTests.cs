using System.Xml.Linq;
using System.Xml.Schema;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c> of the three-language fixture.</summary>
public sealed class SitemapTests(ThreeLanguageSite site) : IClassFixture<ThreeLanguageSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly string Base = ThreeLanguageSite.BaseUrl.AbsoluteUri;

    private readonly BuiltSite _built = site.Built;

    private XDocument Sitemap() => XDocument.Load(Path.Combine(_built.Output, "sitemap.xml"));

    /// <summary>Each listed address with its alternates: hreflang → href.</summary>
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Urls() =>
        Sitemap().Root!.Elements(Sitemaps + "url").ToDictionary(
            u => u.Element(Sitemaps + "loc")!.Value,
            u => (IReadOnlyDictionary<string, string>)u.Elements(Xhtml + "link")
                .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

    private static string PageAddress(string file) =>
        Base + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    [Fact]
    public void The_sitemap_has_the_structure_the_sitemap_schema_requires()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_built.Output, "sitemap.xml"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }),
            "the sitemap starts with a byte-order mark");
        var document = Sitemap();
        Assert.Equal("1.0", document.Declaration!.Version);
        Assert.Equal("utf-8", document.Declaration.Encoding, ignoreCase: true);

        var root = document.Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.DoesNotContain(root.Attributes(), a => !a.IsNamespaceDeclaration);
        var urls = root.Elements().ToArray();
        Assert.NotEmpty(urls);
        Assert.True(urls.Length <= 50_000, "a sitemap may list at most 50,000 addresses");
        Assert.All(urls, url =>
        {
            Assert.Equal(Sitemaps + "url", url.Name);
            Assert.Empty(url.Attributes());
            var children = url.Elements().ToArray();
            var loc = Assert.Single(children, c => c.Name == Sitemaps + "loc");
            Assert.Same(loc, children[0]);
            Assert.False(loc.HasElements);
            AssertAddressInSite(loc.Value);
            Assert.All(children.Skip(1), link =>
            {
                Assert.Equal(Xhtml + "link", link.Name);
                Assert.False(link.HasElements);
                Assert.Equal(["href", "hreflang", "rel"],
                    link.Attributes().Select(a => a.Name.LocalName).Order(StringComparer.Ordinal));
                Assert.Equal("alternate", link.Attribute("rel")!.Value);
                Assert.Matches("^([a-z]{2,3}(-[A-Za-z0-9]+)*|x-default)$", link.Attribute("hreflang")!.Value);
                AssertAddressInSite(link.Attribute("href")!.Value);
            });
        });
        Assert.Empty(root.Descendants(Sitemaps + "lastmod"));
    }

    private static void AssertAddressInSite(string address)
    {
        Assert.True(Uri.TryCreate(address, UriKind.Absolute, out var uri), $"{address} is not an absolute address");
        Assert.Equal(address, uri.AbsoluteUri);
        Assert.StartsWith(Base, address);
        Assert.True(address.Length < 2048, $"{address} is too long for a sitemap");
    }

    [Fact]
    public void The_sitemap_validates_against_the_sitemap_schema_with_its_alternates()
    {
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "sitemap.xsd"));
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "xhtml-link.xsd"));
        var errors = new List<string>();
        Sitemap().Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        Assert.Empty(errors);

        // The schemas catch what they are for: an alternate without hreflang is refused.
        var broken = Sitemap();
        broken.Root!.Descendants(Xhtml + "link").First().Attribute("hreflang")!.Remove();
        var brokenErrors = new List<string>();
        broken.Validate(schemas, (_, e) => brokenErrors.Add(e.Message));
        Assert.NotEmpty(brokenErrors);
    }

    [Fact]
    public void The_sitemap_lists_every_page_that_has_alternates_and_no_other_page()
    {
        var expected = _built.Pages.Where(p => _built.Alternates(p).Count > 0)
            .Select(PageAddress).Order(StringComparer.Ordinal);
        var listed = Sitemap().Root!.Elements(Sitemaps + "url")
            .Select(u => u.Element(Sitemaps + "loc")!.Value).ToArray();
        Assert.Equal(expected, listed);
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Contains(Base, listed);
        Assert.Contains(Base + "ja/projects/yen-phong-park/", listed);
        Assert.Contains(Base + "en/provinces/da-nang/", listed);
    }

    [Fact]
    public void Pages_that_borrow_another_languages_text_and_pages_for_missing_addresses_are_not_listed()
    {
        var listed = Urls().Keys.ToArray();
        Assert.DoesNotContain(Base + "ja/provinces/da-nang/", listed);
        Assert.DoesNotContain(Base + "ko/provinces/da-nang/", listed);
        Assert.DoesNotContain(listed, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.All(Urls().Values, alternates => Assert.DoesNotContain(alternates.Values,
            h => h.EndsWith("/ja/provinces/da-nang/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_address_has_the_same_alternates_as_its_page()
    {
        foreach (var (loc, alternates) in Urls())
        {
            var file = BuiltSite.FileFor(loc, ThreeLanguageSite.BaseUrl)!;
            Assert.True(_built.Has(file), $"{loc} is listed but not published");
            Assert.Equal(_built.Alternates(file).OrderBy(a => a.Key, StringComparer.Ordinal),
                alternates.OrderBy(a => a.Key, StringComparer.Ordinal));
        }
        Assert.Equal(["en", "x-default"], Urls()[Base + "en/provinces/da-nang/"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Alternates_are_reciprocal_list_the_address_itself_and_have_an_x_default()
    {
        var urls = Urls();
        foreach (var (loc, alternates) in urls)
        {
            Assert.True(alternates.ContainsKey("x-default"), $"{loc} has no x-default");
            Assert.Contains(alternates["x-default"], urls.Keys);
            foreach (var (hreflang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(urls.TryGetValue(href, out var back),
                    $"{loc}: the {hreflang} alternate {href} is not listed");
                // As for the pages, the root page that leads to every language is exempt: it is the x-default of no
                // language's home page.
                if (loc != Base) Assert.True(back.Values.Contains(loc), $"{href} does not list {loc} back");
            }
            if (loc != Base) Assert.Contains(loc, alternates.Values);
        }
    }

    [Fact]
    public void Robots_txt_allows_the_site_and_points_at_the_sitemap()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_built.Output, "robots.txt"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal("User-agent: *\nAllow: /invest/\nSitemap: https://example.org/invest/sitemap.xml\n", text);
        var sitemap = text.Split('\n')
            .Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];
        Assert.True(_built.Has(BuiltSite.FileFor(sitemap, ThreeLanguageSite.BaseUrl)!));
    }

    [Fact]
    public void Another_base_url_moves_every_address_of_the_sitemap_and_robots_txt()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var preview = new Uri("https://preview.example.net/");
        var built = fixture.BuildSuccessfully(baseUrl: preview);
        var locs = XDocument.Load(Path.Combine(built.Output, "sitemap.xml")).Descendants(Sitemaps + "loc")
            .Select(l => l.Value).ToArray();
        Assert.All(locs, l => Assert.StartsWith("https://preview.example.net/", l));
        Assert.Contains("https://preview.example.net/ko/about/", locs);
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://preview.example.net/sitemap.xml\n",
            File.ReadAllText(Path.Combine(built.Output, "robots.txt")));
    }
}
