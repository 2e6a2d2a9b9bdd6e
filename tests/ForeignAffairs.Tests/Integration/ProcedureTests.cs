using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A procedure's page lists its steps in order as a timeline, each with who does it, its time limit and its legal
/// basis, sums the time they take in all, and describes them to search engines as a HowTo; the investment guide links
/// it.
/// </summary>
public sealed class ProcedureTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private const string Erc = "enterprise-registration-certificate";

    private IDocument Page(string language) => sample.Built.Page($"{language}/procedures/{Erc}/index.html");

    private static IElement[] Steps(IDocument page) =>
        page.QuerySelectorAll("ol.timeline > li.timeline-step").ToArray();

    // The definition list of a step: each term with its value.
    private static Dictionary<string, string> Facts(IElement step) => step.QuerySelectorAll("dl > div")
        .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());

    [Fact]
    public void The_steps_come_in_order_with_who_does_them_their_time_limit_and_legal_basis()
    {
        var steps = Steps(Page("en"));

        Assert.Equal(["Submit the enterprise registration application, in person, by post or online",
            "The office examines the application and issues the ERC, or says in writing why not and what to amend"],
            steps.Select(s => s.QuerySelector("h3")!.TextContent));
        var submit = Facts(steps[0]);
        Assert.StartsWith("The company's founder or a person it authorises", submit["Done by"]);
        Assert.Equal("No time limit set", submit["Time limit"]);
        Assert.Equal("Law on Enterprises 2020, Articles 21 and 26(1)", submit["Legal basis"]);
        var issue = Facts(steps[1]);
        Assert.Equal("within 3 working days", issue["Time limit"]);
        Assert.Equal("Law on Enterprises 2020, Article 26", issue["Legal basis"]);
        Assert.StartsWith("https://", steps[1].QuerySelector("dd a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "up to 3 working days + 1 step without a time limit")]
    [InlineData("ja", "最長3営業日＋期限の定めのない1ステップ")]
    [InlineData("ko", "최장 3영업일 + 기한이 정해지지 않은 단계 1개")]
    public void The_total_sums_the_time_limits_of_the_steps_per_unit(string language, string total)
    {
        Assert.Equal(total, Page(language).QuerySelector(".procedure-total")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Each_language_has_its_own_steps_and_documents_as_a_checklist(string language)
    {
        var page = Page(language);

        Assert.Equal(2, Steps(page).Length);
        Assert.All(Steps(page), s => Assert.Null(s.QuerySelector("h3")!.GetAttribute("lang")));
        var documents = page.QuerySelectorAll("ul.checklist > li");
        Assert.Equal(4, documents.Length);
        Assert.All(documents, d => Assert.Null(d.GetAttribute("lang")));
    }

    [Fact]
    public void A_document_not_yet_translated_is_marked_with_the_language_it_is_shown_in()
    {
        using var copy = new SampleCopy(search: false);
        copy.Edit($"content/procedures/{Erc}/index.yaml", "        ja: 会社の定款\n", "");
        var output = copy.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(copy.Root, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var documents = new BuiltSite(output, result).Page($"ja/procedures/{Erc}/index.html")
            .QuerySelectorAll("ul.checklist > li");

        Assert.Equal([null, "en", null, null], documents.Select(d => d.GetAttribute("lang")));
        Assert.Equal("The company's charter", documents[1].TextContent);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void A_procedure_is_a_HowTo_whose_steps_are_the_page_s(string language)
    {
        var page = Page(language);

        var howTo = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonNode.Parse(s.TextContent)!)
            .Single(j => (string?)j["@type"] == "HowTo");
        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), (string?)howTo["name"]);
        var steps = howTo["step"]!.AsArray();
        Assert.Equal([1, 2], steps.Select(s => (int)s!["position"]!));
        Assert.Equal(Steps(page).Select(s => s.QuerySelector("h3")!.TextContent),
            steps.Select(s => (string?)s!["name"]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void The_investment_guide_and_the_menu_lead_to_the_procedures(string language)
    {
        var guide = sample.Built.Page($"{language}/investment-guide/index.html");
        var links = guide.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains(links, l => l!.EndsWith($"/{language}/procedures/{Erc}/", StringComparison.Ordinal));

        var menu = guide.QuerySelectorAll("nav.main-nav a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains(menu, l => l!.EndsWith($"/{language}/procedures/", StringComparison.Ordinal));
    }
}
