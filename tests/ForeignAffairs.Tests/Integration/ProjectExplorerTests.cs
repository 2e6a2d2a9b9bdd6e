using ForeignAffairs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The explorer's pages per sector, province and status list exactly the projects with that value, so the explorer
/// works without JavaScript; the news list is paged. Fixture: <c>project-explorer</c>, five projects, five news items,
/// two a page.
/// </summary>
public sealed class ProjectExplorerTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("project-explorer");
    private readonly BuiltSite _built;

    public ProjectExplorerTests() => _built = _fixture.BuildSuccessfully();

    public void Dispose() => _fixture.Dispose();

    // The projects' facts read straight from their index.yaml, independently of the generator.
    private IReadOnlyList<(string Slug, string Province, string[] Sectors, string Status)> Projects() =>
        Directory.GetDirectories(Path.Combine(_fixture.Root, "content", "projects")).Order(StringComparer.Ordinal)
            .Select(folder =>
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(File.ReadAllText(Path.Combine(folder, "index.yaml"))));
                var root = (YamlMappingNode)yaml.Documents[0].RootNode;
                string Scalar(string key) => ((YamlScalarNode)root[key]).Value!;
                var sectors = ((YamlSequenceNode)root["sectors"]).Children
                    .Select(c => ((YamlScalarNode)c).Value!).ToArray();
                return (Path.GetFileName(folder), Scalar("province"), sectors, Scalar("status"));
            }).ToArray();

    private string[] Listed(string page) =>
        _built.Page(page).QuerySelectorAll("#entries a").Select(a => a.GetAttribute("href")!.Split('/')[^2])
            .Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string, string> Filters() => new()
    {
        { "sector", "logistics" }, { "sector", "electronics" },
        { "province", "bac-ninh" }, { "province", "da-nang" },
        { "status", "open" }, { "status", "negotiating" }, { "status", "awarded" }, { "status", "closed" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Each_filter_page_lists_exactly_the_projects_with_that_value(string facet, string value)
    {
        var expected = Projects().Where(p => facet switch
        {
            "sector" => p.Sectors.Contains(value),
            "province" => p.Province == value,
            _ => p.Status == value,
        }).Select(p => p.Slug).Order(StringComparer.Ordinal).ToArray();

        foreach (var language in new[] { "en", "ja", "ko" })
        {
            Assert.Equal(expected, Listed($"{language}/projects/{facet}/{value}/index.html"));
            var alternates = _built.Alternates($"{language}/projects/{facet}/{value}/index.html").Keys;
            Assert.Equal(["en", "ja", "ko", "x-default"], alternates.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_site_without_examples_has_no_separate_page_of_real_listings()
    {
        Assert.DoesNotContain(_built.Pages, p => p.Contains("/projects/listing/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_value_of_every_facet_has_a_page_even_when_it_selects_nothing()
    {
        Assert.Empty(Listed("en/projects/province/da-nang/index.html").Intersect(["yen-phong-park"]));
        Assert.True(_built.Has("en/projects/status/closed/index.html"));
        Assert.Equal(5, Listed("en/projects/index.html").Length);
        Assert.Empty(_built.BrokenInternalLinks(new Uri("https://example.org/invest/")));
        Assert.Empty(_built.HreflangProblems(new Uri("https://example.org/invest/")));
    }

    [Fact]
    public void The_news_list_is_paged_newest_first()
    {
        Assert.Equal(["item-3", "item-2"], NewsOn("en/news/index.html"));
        Assert.Equal(["item-1", "item-0"], NewsOn("en/news/page/2/index.html"));
        Assert.Equal(["fdi-2022"], NewsOn("en/news/page/3/index.html"));
        Assert.False(_built.Has("en/news/page/4/index.html"));
        Assert.False(_built.Has("en/news/page/1/index.html"));
    }

    private string[] NewsOn(string page) =>
        _built.Page(page).QuerySelectorAll("#entries a").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToArray();
}
