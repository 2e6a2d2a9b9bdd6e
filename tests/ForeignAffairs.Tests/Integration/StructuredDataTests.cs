using System.Text.Json.Nodes;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// What search engines and social networks read from the sample site's pages: structured data, Open Graph and feeds.
/// </summary>
public sealed class StructuredDataTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private IReadOnlyList<JsonNode> JsonLd(string page) =>
        sample.Built.Page(page).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonNode.Parse(s.TextContent)!).ToArray();

    private static string TypeOf(JsonNode node) => node["@type"]!.GetValue<string>();

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Each_kind_of_page_describes_itself_for_search_engines(string language)
    {
        Assert.Contains("GovernmentOrganization", JsonLd($"{language}/index.html").Select(TypeOf));
        var province = JsonLd($"{language}/provinces/bac-ninh/index.html");
        Assert.Contains("Place", province.Select(TypeOf));
        Assert.Equal("VN",
            province.Single(n => TypeOf(n) == "Place")["address"]!["addressCountry"]!.GetValue<string>());
        var news = JsonLd($"{language}/news/bac-ninh-economic-diplomacy-2023/index.html")
            .Single(n => TypeOf(n) == "NewsArticle");
        Assert.Equal("2023-03-09", news["datePublished"]!.GetValue<string>());
        Assert.Equal(language, news["inLanguage"]!.GetValue<string>());
    }

    [Fact]
    public void Every_page_with_a_breadcrumb_has_it_as_structured_data_with_full_addresses()
    {
        var withBreadcrumb = sample.Built.Pages
            .Where(p => sample.Built.Page(p).QuerySelector("nav.breadcrumb") is not null).ToArray();
        Assert.True(withBreadcrumb.Length > 100, $"only {withBreadcrumb.Length} pages have a breadcrumb");
        foreach (var page in withBreadcrumb)
        {
            var trail = JsonLd(page).Single(n => TypeOf(n) == "BreadcrumbList")["itemListElement"]!.AsArray();
            Assert.All(trail, item => Assert.StartsWith(sample.BaseUrl.AbsoluteUri, item!["item"]!.GetValue<string>()));
        }
    }

    [Fact]
    public void Pages_carry_open_graph_tags_in_their_language_and_link_their_news_feed()
    {
        var page = sample.Built.Page("ko/provinces/da-nang/index.html");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("ko_KR", Meta("og:locale"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), Meta("og:title"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("og:url"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal("/ko/news/feed.xml",
            page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }
}
