using ForeignAffairs.Localization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Tests.Unit;

public sealed class MarkdownRendererTests
{
    private const string DaNangJa = "content/provinces/da-nang/ja.md";
    private static readonly Entry DaNang = NewEntry(Collection.Provinces, "da-nang", "docs/plan.pdf", "map.png");
    private static readonly Entry BacNinh = NewEntry(Collection.Provinces, "bac-ninh");

    private readonly MarkdownRenderer _renderer;
    private readonly LinkResolver _links;

    public MarkdownRendererTests()
    {
        var config = TempFolder.ThreeLanguageConfig(); // published at https://example.org/invest/
        var site = new Site("/srv/site", config,
        [
            DaNang,
            BacNinh,
            NewEntry(Collection.Sectors, "electronics"),
            NewEntry(Collection.Pages, "about"),
        ]);
        _renderer = new MarkdownRenderer(site, new SiteUrls(config));
        _links = new LinkResolver(site.Entries.Select(e => e.Key).ToHashSet(), new SiteUrls(config));
    }

    private static Entry NewEntry(Collection collection, string slug, params string[] resources) =>
        new(new EntryKey(collection, slug), LocalizedText.Of(slug), null, null, long.MaxValue,
            new Dictionary<string, object>(), new Dictionary<string, EntryText>(), resources);

    private (IHtmlDocument Html, string Source, IReadOnlyList<Diagnostic> Diagnostics) Render(
        string markdown, int bodyLine = 1, string language = "ja", Entry? entry = null)
    {
        entry ??= DaNang;
        var diagnostics = new DiagnosticBag();
        var path = $"{entry.Key.Folder}/{language}.md";
        // As in a build: the links are checked when the site is validated, then the text is rendered.
        var document = MarkdownSyntax.Parse(markdown, path, bodyLine, diagnostics)!;
        foreach (var link in MarkdownSyntax.Links(document, markdown, path, bodyLine))
            _links.Resolve(link, entry.Key, entry.Resources, language, diagnostics);
        var html = _renderer.Render(entry,
            new EntryText(language, path, markdown, bodyLine, SourceFingerprint.Of(markdown), null), language);
        return (new HtmlParser().ParseDocument(html.Html), html.Html, diagnostics.ToSortedList());
    }

    private static string? Href(IHtmlDocument html) => html.QuerySelector("a")?.GetAttribute("href");

    // Links to entries

    [Theory]
    [InlineData("ja", "/invest/ja/provinces/bac-ninh/")]
    [InlineData("en", "/invest/en/provinces/bac-ninh/")]
    [InlineData("ko", "/invest/ko/provinces/bac-ninh/")]
    public void Entry_link_leads_to_the_entry_page_in_the_page_language(string language, string expected)
    {
        var (html, _, diagnostics) = Render("[Bac Ninh](provinces/bac-ninh) is an electronics hub.",
            language: language);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Href(html));
        Assert.Equal("Bac Ninh", html.QuerySelector("a")!.TextContent);
    }

    [Theory]
    [InlineData("provinces/bac-ninh/", "/invest/ja/provinces/bac-ninh/")]
    [InlineData("sectors/electronics#incentives", "/invest/ja/sectors/electronics/#incentives")]
    [InlineData("pages/about", "/invest/ja/about/")]
    [InlineData("/en/projects/", "/invest/en/projects/")]
    [InlineData("#economy", "#economy")]
    public void Site_links_are_resolved_under_the_base_path(string url, string expected)
    {
        var (html, _, diagnostics) = Render($"[link]({url})");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Href(html));
    }

    [Fact]
    public void Link_to_a_missing_entry_is_an_error_at_its_file_line_with_a_suggestion()
    {
        // The body starts on line 4 of ja.md (below three lines of front matter); the link opens the body.
        var (html, _, diagnostics) = Render("[バクニン省](provinces/bac-nin)は電子産業の集積地です。", bodyLine: 4);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(DaNangJa, 4, 1), error.Location);
        Assert.Equal("the link leads to provinces/bac-nin, which does not exist", error.Message);
        Assert.Equal("did you mean 'provinces/bac-ninh'?", error.Hint);
        Assert.Equal("#", Href(html));
    }

    [Fact]
    public void Link_to_a_missing_entry_is_reported_at_its_own_line_and_column()
    {
        var (_, _, diagnostics) = Render("ダナン市は港湾都市です。\nSee [バクニン省](provinces/bac-nin) too.\n", bodyLine: 4);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation(DaNangJa, 5, 5), error.Location);
    }

    [Fact]
    public void Links_inside_lists_and_quotes_are_reported_at_their_own_line_and_column()
    {
        const string markdown = "Đà Nẵng is a port city.\n\n- Near [Hue](provinces/hue)\n\n> Map: ![](map.png)\n";

        var (_, _, diagnostics) = Render(markdown, bodyLine: 4);

        Assert.Equal(
            [(DiagnosticCodes.BrokenLink, 6, 8), (DiagnosticCodes.MissingAltText, 8, 8)],
            diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
    }

    [Fact]
    public void Link_to_a_missing_entry_with_no_close_slug_says_where_entries_are()
    {
        var (_, _, diagnostics) = Render("[Ha Giang](provinces/ha-giang)");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal("link to an entry that exists in content/provinces/", error.Hint);
    }

    // Unsafe links

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:")]
    [InlineData("JavaScript:alert(document.cookie)", "JavaScript:")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data:")]
    [InlineData("vbscript:msgbox(1)", "vbscript:")]
    public void Link_with_a_script_or_data_scheme_is_an_error_and_leads_nowhere(string url, string scheme)
    {
        var (html, source, diagnostics) = Render($"[click me]({url})", bodyLine: 3);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(DaNangJa, 3, 1), error.Location);
        Assert.Equal($"links starting with '{scheme}' are not allowed", error.Message);
        Assert.Equal("#", Href(html));
        Assert.DoesNotContain(scheme, source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reference_style_link_with_a_script_scheme_is_an_error()
    {
        var (html, _, diagnostics) = Render("[click me][offer]\n\n[offer]: javascript:alert(1)\n");

        Assert.Equal(DiagnosticCodes.UnsafeLink, Assert.Single(diagnostics).Code);
        Assert.Equal("#", Href(html));
    }

    [Fact]
    public void Autolink_with_a_script_scheme_is_an_error()
    {
        var (html, _, diagnostics) = Render("Click <javascript:alert(1)> now.");

        Assert.Equal(DiagnosticCodes.UnsafeLink, Assert.Single(diagnostics).Code);
        Assert.DoesNotContain(html.QuerySelectorAll("a"),
            a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("https://www.mpi.gov.vn/")]
    [InlineData("http://example.org/report")]
    [InlineData("mailto:invest@danang.gov.vn")]
    [InlineData("tel:+842363822222")]
    public void Web_mail_and_phone_links_are_kept(string url)
    {
        var (html, _, diagnostics) = Render($"[contact]({url})");

        Assert.Empty(diagnostics);
        Assert.Equal(url, Href(html));
    }

    // Raw HTML

    [Fact]
    public void Raw_html_in_markdown_is_cleaned_of_scripts_and_event_handlers()
    {
        var (html, _, _) = Render(
            "<script>alert(1)</script>\n\nA map: <img src=x onerror=alert(1)> and <b>bold</b>.\n");

        Assert.Empty(html.QuerySelectorAll("script, [onerror]"));
        Assert.DoesNotContain("alert(1)", html.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("x", html.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("bold", html.QuerySelector("b")!.TextContent);
    }

    // Images and the entry's own files

    [Fact]
    public void Image_without_alternative_text_is_an_error()
    {
        var (html, _, diagnostics) = Render("![](map.png)", bodyLine: 2);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingAltText, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(DaNangJa, 2, 1), error.Location);
        Assert.StartsWith("the image 'map.png' has no alternative text", error.Message);
        Assert.Equal("map.png", html.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Image_with_alternative_text_is_kept_without_diagnostics()
    {
        var (html, _, diagnostics) = Render("![Map of Đà Nẵng](map.png)");

        Assert.Empty(diagnostics);
        var image = html.QuerySelector("img")!;
        Assert.Equal("map.png", image.GetAttribute("src"));
        Assert.Equal("Map of Đà Nẵng", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("docs/plan.pdf")]
    [InlineData("./map.png")]
    [InlineData("docs/plan.pdf#page=3")]
    public void Relative_link_to_a_file_of_the_entry_stays_relative(string url)
    {
        var (html, _, diagnostics) = Render($"[Investment plan]({url})");

        Assert.Empty(diagnostics);
        Assert.Equal(url, Href(html));
    }

    [Fact]
    public void Relative_link_to_a_missing_file_is_an_error_with_a_suggestion()
    {
        var (html, _, diagnostics) = Render("[Investment plan](doc/plan.pdf)");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal("the link 'doc/plan.pdf' leads nowhere: this entry has no file 'doc/plan.pdf'", error.Message);
        Assert.Equal("did you mean 'docs/plan.pdf'?", error.Hint);
        Assert.Equal("#", Href(html));
    }

    [Fact]
    public void Missing_image_is_an_error_naming_it_an_image()
    {
        var (html, _, diagnostics) = Render("![Map](maps.png)");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal("the image 'maps.png' leads nowhere: this entry has no file 'maps.png'", error.Message);
        Assert.Equal("did you mean 'map.png'?", error.Hint);
        Assert.Equal("#", html.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Link_to_a_file_of_an_entry_without_files_says_where_to_put_it()
    {
        var (_, _, diagnostics) = Render("[Plan](plan.pdf)", entry: BacNinh);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal(SourceLocation.File("content/provinces/bac-ninh/ja.md") with { Line = 1, Column = 1 },
            error.Location);
        Assert.Equal("put the file in content/provinces/bac-ninh/, or link to an entry as collection/slug", error.Hint);
    }

    [Theory]
    [InlineData("../map.png")]
    [InlineData("docs/../../bac-ninh/map.png")]
    [InlineData("../../../../etc/passwd")]
    public void Link_that_climbs_out_of_the_entry_folder_is_an_error(string url)
    {
        var (html, _, diagnostics) = Render($"[Map]({url})", bodyLine: 6);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.PathOutsideFolder, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(DaNangJa, 6, 1), error.Location);
        Assert.Equal(
            $"'{url}' leaves the entry's folder, and only the entry's own files are published beside it",
            error.Message);
        Assert.Equal("#", Href(html));
    }
}
