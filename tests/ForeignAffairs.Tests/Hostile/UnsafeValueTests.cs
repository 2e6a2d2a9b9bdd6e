using System.Text;
using AngleSharp.Html.Parser;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Values that would publish something unsafe: a link that runs script, a mail link that adds recipients, a password in
/// an address, a setting that adds directives to the Content-Security-Policy or lines to <c>_headers</c>, invisible
/// control characters, a negative figure. Each is written into a built copy of the <c>three-languages</c> fixture and
/// the whole command line is run: it must refuse the value at its position, and leave the site and its output as they
/// were.
/// </summary>
public sealed class UnsafeValueTests : IDisposable
{
    private const string News = "content/news/fdi-2022/index.yaml";
    private const string NewsText = "content/news/fdi-2022/en.md";
    private const string Province = "content/provinces/bac-ninh/index.yaml";
    private const string Project = "content/projects/yen-phong-park/index.yaml";
    private const string Settings = "content/site.yaml";

    private readonly HostileSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_javascript_source_url_in_news_is_refused_at_its_value()
    {
        Append(News, "source_url: javascript:alert(document.cookie)\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(["content/news/fdi-2022/index.yaml:4:13: error FA3008"], outcome.Problems);
    }

    [Theory]
    [InlineData("email: \"investment@example.gov.vn?bcc=everyone@evil.example\"", 10)]
    [InlineData("email: \"investment@example.gov.vn\\nBcc: everyone@evil.example\"", 10)]
    [InlineData("email: investment@example.gov.vn, everyone@evil.example", 10)]
    [InlineData("website: \"https://data:text/html,<script>alert(1)</script>\"", 12)]
    [InlineData("website: \"data:text/html,<script>alert(1)</script>\"", 12)]
    [InlineData("website: https://admin:secret@example.gov.vn/", 12)]
    [InlineData("phone: \"javascript:alert(1)\"", 10)]
    public void An_unsafe_address_in_an_office_is_refused_at_its_value(string line, int column)
    {
        Append(Province, $"office:\n  name: Department of Foreign Affairs\n  {line}\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"content/provinces/bac-ninh/index.yaml:7:{column}: error FA3008"], outcome.Problems);
    }

    [Theory]
    [InlineData("mailto:editor@example.org?bcc=everyone@evil.example")]
    [InlineData("mailto:editor@example.org%0ABcc:everyone@evil.example")]
    [InlineData("mailto:editor@example.org,everyone@evil.example")]
    [InlineData("https://editor:secret@example.org/")]
    public void The_same_address_in_markdown_is_refused_at_its_link(string url)
    {
        _site.Write(NewsText, $"News.\n\nWrite to [the editor]({url}).\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(["content/news/fdi-2022/en.md:3:10: error FA3008"], outcome.Problems);
    }

    [Fact]
    public void The_same_address_in_raw_html_is_removed_with_a_warning()
    {
        _site.Write(NewsText,
            "News.\n\n<a href=\"mailto:editor@example.org?bcc=everyone@evil.example\">Write to us</a>\n");

        var outcome = _site.Run("build");

        Assert.Equal(0, outcome.Exit);
        Assert.Contains("content/news/fdi-2022/en.md:3:1: warning FA3012", outcome.Problems);
        var page = new HtmlParser().ParseDocument(
            File.ReadAllText(Path.Combine(_site.Output, "en/news/fdi-2022/index.html")));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Write to us");
        Assert.False(link.HasAttribute("href"));
    }

    [Theory]
    [InlineData("iframe_hosts: [\"www.youtube.com; script-src 'unsafe-inline'\"]", 16)]
    [InlineData("iframe_hosts: [\"maps.example.org\\n  X-Frame-Options: ALLOWALL\"]", 16)]
    [InlineData("iframe_hosts: [\"https://maps.example.org/embed\"]", 16)]
    [InlineData("iframe_hosts: [\"maps.example.org 'unsafe-eval'\"]", 16)]
    public void An_iframe_host_that_would_add_to_the_policy_or_the_headers_is_refused(string line, int column)
    {
        Append(Settings, line + "\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"content/site.yaml:10:{column}: error FA2007"], outcome.Problems);
    }

    [Fact]
    public void A_base_url_with_a_password_is_refused_without_repeating_the_password()
    {
        Replace(Settings, "base_url: https://example.org/invest/",
            "base_url: https://deploy:hunter2@example.org/invest/");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(["content/site.yaml:3:11: error FA2007"], outcome.Problems);
        Assert.DoesNotContain("hunter2", outcome.Err + outcome.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source: \"Báo Bắc Ninh\0\"", 22)]
    [InlineData("source: Báo Bắc\u001B[31m Ninh", 16)]
    [InlineData("source: \"Báo Bắc Ninh\\0\"", 22)]
    [InlineData("source: \"Báo Bắc Ninh\\e[31m\"", 22)]
    [InlineData("source: \"Báo Bắc Ninh\\x9b\"", 22)]
    [InlineData("source: Báo Bắc Ninh\u007F", 21)]
    public void A_control_character_in_a_value_is_refused_at_the_character(string line, int column)
    {
        Append(News, line + "\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"content/news/fdi-2022/index.yaml:4:{column}: error FA2008"], outcome.Problems);
    }

    [Fact]
    public void A_control_character_in_markdown_is_refused_at_the_character()
    {
        _site.Write(NewsText, "News.\n\nUSD \u001B[1m2.22 billion\u001B[0m.\nAnd a NUL\0.\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(
            ["content/news/fdi-2022/en.md:3:5: error FA2008", "content/news/fdi-2022/en.md:4:10: error FA2008"],
            outcome.Problems);
    }

    [Theory]
    [InlineData(Project, "area_ha: 120", "area_ha: -120", 6, 10)]
    [InlineData(Project, "investment_usd_million: 2220", "investment_usd_million: -2220", 5, 25)]
    [InlineData(Province, "area_km2: 822.7", "area_km2: -822.7", 4, 11)]
    public void A_negative_figure_is_refused_at_its_value(
        string path, string figure, string negative, int line, int column)
    {
        Replace(path, figure, negative);

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{path}:{line}:{column}: error FA2009"], outcome.Problems);
    }

    [Fact]
    public void A_second_document_in_index_yaml_is_refused_at_its_start()
    {
        Append(News, "---\nsource: Báo Bắc Ninh\n");

        var outcome = _site.Run("build");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(["content/news/fdi-2022/index.yaml:4:1: error FA1016"], outcome.Problems);
    }

    [Fact]
    public void Safe_addresses_and_hosts_are_published()
    {
        Append(Province, "office:\n  name: Department of Foreign Affairs\n  phone: +84 (222) 3822-569\n" +
            "  email: investment@example.gov.vn\n  website: www.bacninh.gov.vn/en\n");
        Append(News, "source_url: https://baobacninh.vn/news/1?lang=en#top\n");
        Append(Settings, "iframe_hosts: [\"https://*.Example.org\", www.youtube-nocookie.com]\n");
        _site.Write(NewsText, "News.\n\n<iframe src=\"https://maps.example.org/embed\" title=\"Map\"></iframe>\n\n" +
            "[Write](mailto:editor@example.org) or [call](tel:+84-222-3822-569).\n");

        var outcome = _site.Run("build");

        Assert.Equal(0, outcome.Exit);
        Assert.DoesNotContain(outcome.Problems, p => p.Contains(": error ", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(
            File.ReadAllText(Path.Combine(_site.Output, "en/news/fdi-2022/index.html")));
        Assert.Equal("https://maps.example.org/embed", page.QuerySelector("iframe")?.GetAttribute("src"));
        Assert.Equal(["mailto:editor@example.org", "tel:+84-222-3822-569"],
            page.QuerySelectorAll("a[href^='mailto:'], a[href^='tel:']").Select(a => a.GetAttribute("href")));
        var policy = File.ReadAllLines(Path.Combine(_site.Output, "_headers"))
            .Single(l => l.TrimStart().StartsWith("Content-Security-Policy:", StringComparison.Ordinal));
        var frames = policy.Split(':', 2)[1].Split(';').Select(d => d.Trim().Split(' '))
            .Single(d => d[0] == "frame-src");
        Assert.Equal(["frame-src", "https://*.example.org", "https://www.youtube-nocookie.com"], frames);
    }

    private void Append(string path, string text) =>
        File.AppendAllText(_site.PathOf(path), text, new UTF8Encoding(false));

    private void Replace(string path, string oldText, string newText)
    {
        var text = File.ReadAllText(_site.PathOf(path));
        Assert.Contains(oldText, text);
        File.WriteAllText(_site.PathOf(path), text.Replace(oldText, newText));
    }
}
