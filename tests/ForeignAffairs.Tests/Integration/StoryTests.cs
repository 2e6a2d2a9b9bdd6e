using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site with three investor stories of its own in place of the sample's: two Korean firms in Bắc Ninh (one
/// in Yên Phong I industrial park, with its investment and a quotation) and a Japanese one in Vĩnh Phúc.
/// </summary>
public sealed class StorySite : IDisposable
{
    public StorySite()
    {
        Copy = new SampleCopy(search: false);
        if (Directory.Exists(Copy.PathOf("content/stories")))
            Directory.Delete(Copy.PathOf("content/stories"), recursive: true);
        Copy.Write("content/stories/phones/index.yaml",
            "title: {en: Phones in Bắc Ninh, ja: バクニンの携帯電話工場, ko: 박닌의 휴대전화 공장}\n" +
            "investor: {en: Example Electronics, ja: エグザンプル電子, ko: 예시전자}\ncountry: {en: Korea, ja: 韓国, ko: 한국}\n" +
            "province: bac-ninh\npark: yen-phong-1\nsectors: [electronics-high-tech]\nyear: 2008\n" +
            "investment: {usd_million: 1000, covers: {en: total investment, ja: 総投資額, ko: 총투자액}, " +
            "year: 2009, source: A report}\n" +
            "quote: {text: {en: We are here to stay.}, by: {en: The general director}, source: A newspaper, " +
            "source_url: https://news.example.org/1}\n" +
            "source: A report\nsource_url: https://report.example.org/\n");
        Copy.Write("content/stories/displays/index.yaml",
            "title: {en: Displays in Bắc Ninh}\ninvestor: Example Display\ncountry: {en: Korea, ja: 韓国, ko: 한국}\n" +
            "province: bac-ninh\nyear: 2014\nsource: A report\n");
        Copy.Write("content/stories/cars/index.yaml",
            "title: {en: Cars in Vĩnh Phúc}\ninvestor: Example Motor\ncountry: {en: Japan, ja: 日本, ko: 일본}\n" +
            "province: vinh-phuc\nyear: 1995\nsource: A report\n");
        foreach (var slug in new[] { "phones", "displays", "cars" })
            Copy.Write($"content/stories/{slug}/en.md", "The story.\n");
        var output = Copy.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(Copy.Root, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Built = new BuiltSite(output, result);
    }

    public SampleCopy Copy { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Copy.Dispose();
}

/// <summary>
/// Investor stories: a list per language grouped by the investor's country, the countries with the most first and
/// linked from the top of the page; a page per story with its facts, its investment with what the amount covers, its
/// year and source, and its quotation; and the investors already in a province, park or sector on their pages.
/// </summary>
public sealed class StoryTests(StorySite site) : IClassFixture<StorySite>
{
    private static string[] Titles(IElement section) =>
        section.QuerySelectorAll(".story-title a").Select(a => a.TextContent).ToArray();

    [Theory]
    [InlineData("en", "Korea", "Japan")]
    [InlineData("ja", "韓国", "日本")]
    [InlineData("ko", "한국", "일본")]
    public void The_list_groups_investors_by_country_with_the_most_first(string language, string first, string second)
    {
        var page = site.Built.Page($"{language}/stories/index.html");

        var groups = page.QuerySelectorAll("section[aria-labelledby^='country-']").ToArray();
        Assert.Equal([first, second], groups.Select(g => g.QuerySelector("h2")!.TextContent));
        Assert.Equal(["country-korea", "country-japan"], groups.Select(g => g.QuerySelector("h2")!.Id));
        Assert.Equal(["#country-korea", "#country-japan"],
            page.QuerySelectorAll("nav.facet-nav a").Select(a => a.GetAttribute("href")));
        // The earliest investment first within a country.
        Assert.Equal(2, Titles(groups[0]).Length);
        Assert.EndsWith("/stories/phones/", groups[0].QuerySelector(".story-title a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_story_gives_its_investment_with_what_it_covers_its_year_and_source_and_its_quotation()
    {
        var page = site.Built.Page("ja/stories/phones/index.html");
        var facts = page.QuerySelectorAll(".detail-grid > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());

        Assert.Equal("エグザンプル電子", facts["企業名"]);
        Assert.Equal("韓国", facts["国・地域"]);
        Assert.Equal("2008", facts["進出年"]);
        Assert.Equal("10億米ドル （総投資額、2009年） 出典：A report", facts["投資額"]);
        var quote = page.QuerySelector("figure.story-quote")!;
        // Not translated: the quotation is marked with the language it is in.
        Assert.Equal("en", quote.QuerySelector("blockquote")!.GetAttribute("lang"));
        Assert.Equal("We are here to stay.", quote.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("https://news.example.org/1", quote.QuerySelector("figcaption a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en/provinces/bac-ninh/index.html", "ui-province-stories",
        new[] { "Phones in Bắc Ninh", "Displays in Bắc Ninh" })]
    [InlineData("en/parks/yen-phong-1/index.html", "ui-park-stories", new[] { "Phones in Bắc Ninh" })]
    [InlineData("en/sectors/electronics-high-tech/index.html", "ui-sector-stories", new[] { "Phones in Bắc Ninh" })]
    [InlineData("en/provinces/vinh-phuc/index.html", "ui-province-stories", new[] { "Cars in Vĩnh Phúc" })]
    public void The_investors_already_in_a_province_park_or_sector_are_on_its_page(
        string path, string section, string[] titles)
    {
        var block = site.Built.Page(path).QuerySelector($"section[aria-labelledby='{section}']")!;

        Assert.Equal(titles.Order(), Titles(block).Order());
    }
}
