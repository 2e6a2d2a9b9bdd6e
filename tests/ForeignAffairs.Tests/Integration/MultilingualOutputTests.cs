using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>The output contract for a site in English, Japanese and Korean.</summary>
public sealed class MultilingualOutputTests(ThreeLanguageSite site) : IClassFixture<ThreeLanguageSite>
{
    private readonly BuiltSite _built = site.Built;

    public static TheoryData<string> Languages => new() { "en", "ja", "ko" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_a_home_page_a_list_per_collection_and_a_page_per_entry(string language)
    {
        string[] expected =
        [
            $"{language}/index.html",
            .. new[] { "provinces", "sectors", "projects", "ftas", "news" }.Select(c => $"{language}/{c}/index.html"),
            $"{language}/provinces/bac-ninh/index.html",
            $"{language}/provinces/da-nang/index.html",
            $"{language}/sectors/electronics/index.html",
            $"{language}/projects/yen-phong-park/index.html",
            $"{language}/news/fdi-2022/index.html",
            $"{language}/about/index.html",
        ];
        Assert.All(expected, path => Assert.True(_built.Has(path), $"missing {path}"));
        // Pages are linked one by one from the menu: a list of them would be linked from nowhere.
        Assert.False(_built.Has($"{language}/pages/index.html"));
        Assert.True(_built.Has($"{language}/404.html"));
        // The project explorer's pages: one per sector (1), province (2) and status (4).
        Assert.Equal(7, _built.Pages.Count(p => p.StartsWith($"{language}/projects/", StringComparison.Ordinal)
            && p.Count(c => c == '/') == 4));
        Assert.Equal(20, _built.Result.PagesPerLanguage.Single(p => p.Language == language).Pages);
    }

    [Fact]
    public void Every_page_declares_its_language_on_the_html_element()
    {
        foreach (var page in _built.Pages)
        {
            var expected = page.Contains('/') ? page.Split('/')[0] : "en";
            Assert.Equal(expected, _built.Page(page).DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void Localized_maps_in_index_yaml_give_each_language_its_own_title()
    {
        Assert.Equal("Electronics", _built.Page("en/sectors/electronics/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("電子", _built.Page("ja/sectors/electronics/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("전자", _built.Page("ko/sectors/electronics/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Front_matter_overrides_index_yaml_for_its_language_only()
    {
        Assert.Equal("バクニン", _built.Page("ja/provinces/bac-ninh/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("박닌성", _built.Page("ko/provinces/bac-ninh/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Bắc Ninh", _built.Page("en/provinces/bac-ninh/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_missing_translation_shows_the_default_language_text_marked_as_such()
    {
        var page = _built.Page("ja/provinces/da-nang/index.html");
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ダナン市", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#fallback-notice"));
        var body = page.QuerySelector("#body")!;
        Assert.Equal("en", body.GetAttribute("lang"));
        Assert.Equal("Đà Nẵng is a coastal city.", body.TextContent.Trim());
        Assert.Equal("https://example.org/invest/en/provinces/da-nang/",
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(_built.Alternates("ja/provinces/da-nang/index.html"));
    }

    [Fact]
    public void A_missing_translation_is_left_out_of_the_originals_alternates()
    {
        var alternates = _built.Alternates("en/provinces/da-nang/index.html");
        Assert.Equal(["en", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lists_include_untranslated_entries_with_their_title_marked_in_its_language()
    {
        var list = _built.Page("ko/provinces/index.html");
        var daNang = list.QuerySelectorAll("#entries li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/invest/ko/provinces/da-nang/");
        Assert.Equal("Đà Nẵng", daNang.TextContent.Trim());
        Assert.Equal("en", daNang.GetAttribute("lang"));
    }

    [Fact]
    public void Hreflang_alternates_are_reciprocal_and_include_the_page_itself()
    {
        Assert.Empty(_built.HreflangProblems(ThreeLanguageSite.BaseUrl));
        Assert.Equal(["en", "ja", "ko", "x-default"],
            _built.Alternates("ja/projects/yen-phong-park/index.html").Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_language_switcher_leads_to_the_same_entry_in_every_language()
    {
        var switcher = _built.Page("ko/projects/yen-phong-park/index.html").QuerySelectorAll("#switcher a");
        Assert.Equal(
            ["/invest/en/projects/yen-phong-park/", "/invest/ja/projects/yen-phong-park/",
                "/invest/ko/projects/yen-phong-park/"],
            switcher.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", switcher.Single(a => a.GetAttribute("hreflang") == "ko").GetAttribute("aria-current"));
    }

    [Fact]
    public void Ui_strings_come_from_the_themes_i18n_files()
    {
        Assert.Equal(["省", "分野", "投資案件", "貿易協定", "ニュース"], BuiltSite.Texts(_built.Page("ja/index.html"), "#menu a"));
        Assert.Equal("투자 프로젝트", _built.Page("ko/projects/index.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("en", "24 November 2026", "US$2.22 billion")]
    [InlineData("ja", "2026年11月24日", "22億2,000万米ドル")]
    [InlineData("ko", "2026년 11월 24일", "22억 2,000만 달러")]
    public void Dates_and_amounts_are_written_the_way_each_language_writes_them(
        string language, string date, string amount)
    {
        var page = _built.Page($"{language}/projects/yen-phong-park/index.html");
        Assert.Equal(date, page.QuerySelector("#date")!.TextContent);
        Assert.Equal(amount, page.QuerySelector("#investment")!.TextContent);
    }

    [Fact]
    public void Markdown_links_to_entries_lead_to_the_entry_in_the_readers_language()
    {
        var ja = _built.Page("ja/provinces/bac-ninh/index.html").QuerySelector("#body a")!;
        Assert.Equal("/invest/ja/sectors/electronics/", ja.GetAttribute("href"));
        var en = _built.Page("en/projects/yen-phong-park/index.html").QuerySelector("#body a")!;
        Assert.Equal("/invest/en/provinces/bac-ninh/#overview", en.GetAttribute("href"));
    }

    [Fact]
    public void Entries_link_to_each_other_both_ways()
    {
        var project = _built.Page("en/projects/yen-phong-park/index.html");
        Assert.Equal("/invest/en/provinces/bac-ninh/", project.QuerySelector("#province a")!.GetAttribute("href"));
        var province = _built.Page("en/provinces/bac-ninh/index.html");
        Assert.Equal(["/invest/en/projects/yen-phong-park/"],
            province.QuerySelectorAll("#related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Internal_links_honour_the_base_url_path_and_none_is_broken()
    {
        foreach (var page in _built.Pages)
        {
            var hrefs = _built.Page(page).QuerySelectorAll("a[href], link[rel=stylesheet]")
                .Select(e => e.GetAttribute("href")!);
            Assert.All(hrefs.Where(h => !h.StartsWith("https://", StringComparison.Ordinal)),
                h => Assert.StartsWith("/invest/", h));
        }
        Assert.Empty(_built.BrokenInternalLinks(ThreeLanguageSite.BaseUrl));
    }

    [Fact]
    public void The_root_page_offers_every_language()
    {
        var root = _built.Page("index.html");
        Assert.Equal(["/invest/en/", "/invest/ja/", "/invest/ko/"],
            root.QuerySelectorAll("#languages a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["en", "ja", "ko", "x-default"], _built.Alternates("index.html").Keys);
        // Every home page names the root page, where a reader chooses a language, as x-default.
        Assert.All(new[] { "index.html", "en/index.html", "ja/index.html", "ko/index.html" },
            page => Assert.Equal("https://example.org/invest/", _built.Alternates(page)["x-default"]));
    }

    [Fact]
    public void The_summary_reports_pages_per_language()
    {
        Assert.Equal([("en", 20), ("ja", 20), ("ko", 20)], _built.Result.PagesPerLanguage);
        Assert.Equal(62, _built.Result.TotalPages);
    }
}
