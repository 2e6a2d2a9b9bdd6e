using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// With <c>exchange_rate</c> in site.yaml, a project given only in đồng shows an indicative US-dollar equivalent after
/// the amount as written, on its page and in the project table, labelled with the rate, its source and its date in the
/// page's language; amounts given in US dollars and the open data stay as written. Fixture: <c>four-languages</c> with
/// the built-in theme and a project given in đồng only.
/// </summary>
public sealed class IndicativeUsdTests : IDisposable
{
    private const string Rate = """
        exchange_rate:
          vnd_per_usd: 25000
          date: 2025-01-02
          source: {en: State Bank of Vietnam central rate, ja: ベトナム国家銀行中心レート, ko: 베트남 국가은행 중심환율}
        """;

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["en"] = "≈ US$8.4 million, indicative at VND 25,000/USD (State Bank of Vietnam central rate, 2 January 2025)",
        ["ja"] = "約840万米ドル（参考値。2025年1月2日のベトナム国家銀行中心レート、1米ドル＝25,000ドンで換算）",
        ["ko"] = "약 840만 달러(참고용 환산액, 2025년 1월 2일 베트남 국가은행 중심환율 1달러당 25,000동 적용)",
        // Vietnamese has no text of its own for the source: the default language's is shown.
        ["vi"] = "≈ 8,4 triệu USD, quy đổi tham khảo theo tỷ giá 25.000 đồng/USD " +
            "(State Bank of Vietnam central rate, ngày 2 tháng 1 năm 2025)",
    };

    private static readonly Dictionary<string, string> Written = new()
    {
        ["en"] = "VND 210 billion", ["ja"] = "2,100億ドン", ["ko"] = "2,100억 동", ["vi"] = "210 tỷ đồng",
    };

    private readonly FixtureSite _fixture = FixtureSite.Copy("four-languages");

    public void Dispose() => _fixture.Dispose();

    private BuiltSite Build(string settings)
    {
        var site = File.ReadAllText(Path.Combine(_fixture.Root, "content", "site.yaml"))
            .Replace("theme: minimal", "theme: default");
        _fixture.Write("content/site.yaml", $"{site}search: false\n{settings}\n");
        // The built-in theme has no #overview on a province's page, as the fixture's theme has.
        _fixture.Write("content/projects/yen-phong-park/en.md",
            "An industrial park in [Bắc Ninh](provinces/bac-ninh).\n");
        _fixture.Write("content/projects/dong-thinh-cluster/index.yaml", """
            title: Đồng Thịnh industrial cluster
            province: bac-ninh
            sectors: [electronics]
            status: open
            investment_vnd_billion: 210.0
            published: 2025-03-01
            """);
        _fixture.Write("content/projects/dong-thinh-cluster/en.md", "An industrial cluster.\n");
        return _fixture.BuildSuccessfully();
    }

    public static TheoryData<string> Languages() => ["en", "ja", "ko", "vi"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_project_given_in_dong_shows_the_indicative_dollar_amount_after_it_with_rate_source_and_date(
        string language)
    {
        var built = Build(Rate);

        var figure = built.Page($"{language}/projects/dong-thinh-cluster/index.html").QuerySelector("dd.figure")!;
        Assert.StartsWith(Written[language], figure.TextContent, StringComparison.Ordinal);
        Assert.Equal(Expected[language], figure.QuerySelector("[data-indicative-usd]")!.TextContent);

        var row = built.Page($"{language}/projects/index.html").QuerySelectorAll("table.data-table tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href")!
                .Contains("/dong-thinh-cluster/", StringComparison.Ordinal));
        Assert.Equal(Expected[language], row.QuerySelector("[data-indicative-usd]")!.TextContent);
    }

    [Fact]
    public void An_amount_in_dollars_and_the_open_data_stay_as_written()
    {
        var built = Build(Rate);

        Assert.Null(built.Page("en/projects/yen-phong-park/index.html").QuerySelector("[data-indicative-usd]"));
        var json = File.ReadAllText(Path.Combine(built.Output, "data", "projects.json"));
        var projects = JsonNode.Parse(json)!["projects"]!.AsArray();
        var cluster = projects.Single(p => (string?)p!["slug"] == "dong-thinh-cluster")!;
        Assert.Equal(210.0m, (decimal)cluster["investment_vnd_billion"]!);
        Assert.Null(cluster["investment_usd_million"]);
        var csv = Csv.ReadFile(Path.Combine(built.Output, "data", "projects.csv"));
        var row = csv.Single(r => r[0] == "dong-thinh-cluster");
        Assert.Equal("210.0", row[Array.IndexOf(csv[0], "investment_vnd_billion")]);
        Assert.Equal("", row[Array.IndexOf(csv[0], "investment_usd_million")]);
        Assert.All(csv, record => Assert.Equal(csv[0].Length, record.Length));
    }

    [Fact]
    public void Without_a_rate_nothing_is_converted()
    {
        var built = Build("");

        Assert.Equal("VND 210 billion",
            built.Page("en/projects/dong-thinh-cluster/index.html").QuerySelector("dd.figure")!.TextContent);
        Assert.DoesNotContain(built.Pages, p => built.Page(p).QuerySelector("[data-indicative-usd]") is not null);
    }
}
