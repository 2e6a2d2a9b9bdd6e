using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>The repository's sample site, built with the default theme, meets the output contract.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "fa-tests", $"sample-{Guid.NewGuid():N}");
        var result = SiteBuilder.Build(new BuildOptions(RepositoryRoot.Path, Output));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Built = new BuiltSite(Output, result);
        BaseUrl = new Uri(Built.Page("en/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href")!
            .Replace("en/", ""));
    }

    public string Output { get; }

    public BuiltSite Built { get; }

    public Uri BaseUrl { get; }

    public static IReadOnlyList<string> EntryFolders(string collection) =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "content", collection))
            .Select(Path.GetFileName).OfType<string>().Order().ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, true);
    }
}

public sealed class SampleSiteTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private readonly BuiltSite _built = sample.Built;

    [Theory]
    [InlineData("en/index.html", null, true)]
    [InlineData("en/projects/index.html", "/en/projects/ page", false)]
    [InlineData("en/projects/bac-ninh-electronics-component-plots/index.html", "/en/projects/ true", false)]
    [InlineData("ja/sectors/electronics-high-tech/index.html", "/ja/sectors/ true", false)]
    [InlineData("ko/about/index.html", "/ko/about/ page", false)]
    [InlineData("en/news/bac-ninh-economic-diplomacy-2023/index.html", "/en/news/ true", false)]
    [InlineData("en/404.html", null, false)]
    public void The_header_marks_the_section_or_menu_page_a_page_belongs_to(string page, string? current, bool home)
    {
        // Pages alike share one rendering of the brand and the menu: each must still mark its own place.
        var document = _built.Page(page);
        var marked = document.QuerySelectorAll("nav.main-nav a[aria-current]")
            .Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("aria-current")}");
        Assert.Equal(current is null ? [] : [current], marked);
        Assert.Equal(home, document.QuerySelector("header a.brand")!.HasAttribute("aria-current"));
    }

    public static TheoryData<string, string> LanguagesAndCollections()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "ja", "ko" })
            foreach (var collection in new[] { "provinces", "sectors", "projects", "ftas", "news", "pages" })
                data.Add(language, collection);
        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndCollections))]
    public void Every_language_has_the_home_page_and_each_collections_list_but_pages_and_entry_pages(
        string language, string collection)
    {
        Assert.True(_built.Has($"{language}/index.html"));
        // Pages are linked one by one from the menu, and have no list.
        Assert.Equal(collection != "pages", _built.Has($"{language}/{collection}/index.html"));
        var entries = SampleSite.EntryFolders(collection);
        Assert.NotEmpty(entries);
        foreach (var slug in entries)
        {
            var path = collection == "pages"
                ? $"{language}/{slug}/index.html"
                : $"{language}/{collection}/{slug}/index.html";
            var page = _built.Page(path);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void The_sample_has_what_a_province_would_publish()
    {
        Assert.Equal(["bac-ninh", "da-nang", "ha-tinh", "nghe-an", "vinh-phuc"], SampleSite.EntryFolders("provinces"));
        Assert.True(SampleSite.EntryFolders("sectors").Count >= 6);
        Assert.True(SampleSite.EntryFolders("ftas").Count >= 6);
        Assert.True(SampleSite.EntryFolders("projects").Count >= 12);
        Assert.Equal(5, SampleSite.EntryFolders("news").Count);
        Assert.Subset(SampleSite.EntryFolders("pages").ToHashSet(),
            new HashSet<string> { "about", "contact", "investment-guide" });
    }

    [Fact]
    public void Every_page_is_in_a_language_the_site_declares_and_is_fully_translated()
    {
        foreach (var page in _built.Pages.Where(p => p.Contains('/')))
        {
            var document = _built.Page(page);
            Assert.Equal(page.Split('/')[0], document.DocumentElement.GetAttribute("lang"));
        }
        Assert.Equal(_built.Result.PagesPerLanguage[0].Pages, _built.Result.PagesPerLanguage[1].Pages);
        Assert.Equal(_built.Result.PagesPerLanguage[0].Pages, _built.Result.PagesPerLanguage[2].Pages);
    }

    [Fact]
    public void No_internal_link_is_broken()
    {
        Assert.Empty(_built.BrokenInternalLinks(sample.BaseUrl));
    }

    [Fact]
    public void Hreflang_alternates_are_reciprocal()
    {
        Assert.Empty(_built.HreflangProblems(sample.BaseUrl));
    }

    [Fact]
    public void The_language_switcher_of_every_entry_leads_to_the_same_entry()
    {
        foreach (var page in _built.Pages.Where(p => p.Count(c => c == '/') >= 3))
        {
            var suffix = page[page.IndexOf('/')..^"index.html".Length];
            var links = _built.Page(page).QuerySelectorAll("a[hreflang]")
                .Where(a => a.GetAttribute("href")!.EndsWith(suffix, StringComparison.Ordinal))
                .Select(a => a.GetAttribute("hreflang")!).Distinct().Order().ToArray();
            Assert.Equal(["en", "ja", "ko"], links);
        }
    }

    [Fact]
    public void No_page_loads_anything_from_another_host()
    {
        var host = sample.BaseUrl.Host;
        foreach (var page in _built.Pages)
        {
            var document = _built.Page(page);
            var loaded = document
                .QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=preload], script[src], img[src], "
                    + "iframe, source[src], video[src], audio[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
            Assert.All(loaded, url => Assert.True(new Uri(sample.BaseUrl, url).Host == host, $"{page} loads {url}"));
            Assert.Empty(document.QuerySelectorAll("style[src], [style*='url(http']"));
        }
    }

    [Fact]
    public void Check_is_clean_even_in_strict_mode()
    {
        var (exit, _, stderr) = CommandLine.Run("check", "--source", RepositoryRoot.Path, "--strict");
        Assert.True(exit == 0, stderr);
    }
}
