using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Adding a language is one entry in site.yaml plus translated files: the fixture <c>four-languages</c> is
/// <c>three-languages</c> with Vietnamese added that way, two entries translated and the rest not.
/// </summary>
public sealed class FourLanguageSiteTests : IDisposable
{
    private static readonly Uri BaseUrl = new("https://example.org/invest/");
    private readonly FixtureSite _fixture = FixtureSite.Copy("four-languages");
    private readonly BuiltSite _built;

    public FourLanguageSiteTests() => _built = _fixture.BuildSuccessfully();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void The_new_language_gets_a_home_page_lists_and_every_entry()
    {
        Assert.Equal([("en", 20), ("ja", 20), ("ko", 20), ("vi", 20)], _built.Result.PagesPerLanguage);
        var home = _built.Page("vi/index.html");
        Assert.Equal("vi", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đầu tư vào các tỉnh Việt Nam", home.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Tỉnh", "Lĩnh vực", "Dự án", "Hiệp định thương mại", "Tin tức"],
            BuiltSite.Texts(home, "#menu a"));
        Assert.True(_built.Has("vi/provinces/index.html"));
        Assert.True(_built.Has("vi/about/index.html"));
        Assert.Equal("ngày 24 tháng 11 năm 2026",
            _built.Page("vi/projects/yen-phong-park/index.html").QuerySelector("#date")!.TextContent);
    }

    [Fact]
    public void A_translated_entry_is_shown_in_the_new_language_and_links_stay_in_it()
    {
        var page = _built.Page("vi/provinces/bac-ninh/index.html");
        Assert.Null(page.QuerySelector("#fallback-notice"));
        Assert.Equal("vi", page.QuerySelector("#body")!.GetAttribute("lang"));
        Assert.Equal("/invest/vi/sectors/electronics/", page.QuerySelector("#body a")!.GetAttribute("href"));
        Assert.Equal(["en", "ja", "ko", "vi", "x-default"],
            _built.Alternates("vi/provinces/bac-ninh/index.html").Keys.Order(StringComparer.Ordinal));
        Assert.Contains("https://example.org/invest/vi/provinces/bac-ninh/",
            _built.Alternates("ja/provinces/bac-ninh/index.html").Values);
    }

    [Fact]
    public void An_untranslated_entry_falls_back_to_the_default_language_with_a_notice()
    {
        var page = _built.Page("vi/news/fdi-2022/index.html");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("#fallback-notice"));
        Assert.Equal("en", page.QuerySelector("#body")!.GetAttribute("lang"));
        Assert.Equal("https://example.org/invest/en/news/fdi-2022/",
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(_built.Alternates("vi/news/fdi-2022/index.html"));
        Assert.DoesNotContain("vi", _built.Alternates("en/news/fdi-2022/index.html").Keys);
    }

    [Fact]
    public void The_switcher_names_each_language_in_its_own_script_and_leads_to_the_same_entry()
    {
        var links = _built.Page("ja/projects/yen-phong-park/index.html").QuerySelectorAll("#switcher a");
        Assert.Equal(["English", "日本語", "한국어", "Tiếng Việt"], links.Select(a => a.TextContent));
        Assert.Equal("/invest/vi/projects/yen-phong-park/", links.Last().GetAttribute("href"));
    }

    [Fact]
    public void Hreflang_is_reciprocal_and_no_link_is_broken()
    {
        Assert.Empty(_built.HreflangProblems(BaseUrl));
        Assert.Empty(_built.BrokenInternalLinks(BaseUrl));
        Assert.Equal(["en", "ja", "ko", "vi", "x-default"], _built.Alternates("index.html").Keys);
    }
}
