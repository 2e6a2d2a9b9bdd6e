using System.Globalization;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A province profile of the default theme: its FDI chart drawn at build time, with the numbers also as a table, or a
/// key figure for a single year.
/// </summary>
public sealed class ProvinceProfileTests : IDisposable
{
    private readonly SampleCopy _sample = new(search: false);
    private readonly BuiltSite _built;

    public ProvinceProfileTests()
    {
        var index = _sample.PathOf("content/provinces/nghe-an/index.yaml");
        File.AppendAllText(index, "fdi:\n" +
            "  - {year: 2021, registered_usd_million: 500, source: Test}\n" +
            "  - {year: 2022, registered_usd_million: 1000, source: Test}\n" +
            "  - {year: 2023, registered_usd_million: 250, source: Test}\n");
        File.AppendAllText(_sample.PathOf("content/provinces/ha-tinh/index.yaml"), "fdi:\n" +
            "  - {year: 2024, registered_usd_million: 1234.5, source: One year}\n");
        var output = _sample.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        _built = new BuiltSite(output, result);
    }

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void The_fdi_chart_has_a_bar_per_year_in_proportion_and_describes_itself()
    {
        var page = _built.Page("ja/provinces/nghe-an/index.html");
        var svg = page.QuerySelector("figure.chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("ゲアン省の年別外国直接投資（登録額）", page.GetElementById(labelledBy[0])!.TextContent);
        Assert.Equal("2021: 5億米ドル; 2022: 10億米ドル; 2023: 2億5,000万米ドル", page.GetElementById(labelledBy[1])!.TextContent);

        var heights = svg.QuerySelectorAll("rect.bar")
            .Select(r => decimal.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([100m, 200m, 50m], heights);
        Assert.Equal(["2021", "2022", "2023"], svg.QuerySelectorAll("text.label").Select(t => t.TextContent));
    }

    [Fact]
    public void The_numbers_of_the_chart_are_also_a_table()
    {
        var rows = _built.Page("en/provinces/nghe-an/index.html").QuerySelectorAll("#ui-fdi-heading ~ table tbody tr");
        Assert.Equal(["2021|US$500 million|Test", "2022|US$1 billion|Test", "2023|US$250 million|Test"],
            rows.Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim()))));
    }

    [Fact]
    public void A_province_without_fdi_has_no_chart()
    {
        Assert.Null(_built.Page("en/provinces/vinh-phuc/index.html").QuerySelector("figure.chart"));
    }

    [Fact]
    public void A_single_year_of_fdi_is_a_key_figure_with_its_year_and_source_not_a_chart()
    {
        var page = _built.Page("ja/provinces/ha-tinh/index.html");
        Assert.Null(page.QuerySelector("figure.chart"));
        Assert.Null(page.QuerySelector("svg.bar-chart"));
        Assert.Null(page.GetElementById("ui-fdi-heading"));

        var figure = page.QuerySelectorAll("section[aria-labelledby=ui-facts-heading] .fact")
            .Single(f => f.QuerySelector("dt")!.TextContent == "FDI登録額");
        Assert.Equal("12億3,450万米ドル", figure.QuerySelector(".fact-value")!.TextContent);
        Assert.Equal("基準年：2024出典：One year", figure.QuerySelector(".fact-source")!.TextContent);
        var series = _built.Page("ja/provinces/nghe-an/index.html");
        Assert.DoesNotContain("FDI登録額", series.QuerySelectorAll(".fact-cards dt").Select(dt => dt.TextContent));
    }
}
