using System.Text.RegularExpressions;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A province portal far larger than the sample: 1,500 projects, all in one province and one sector, and 3,000 news
/// items. Pages that list a province's projects, and the home page, must be built from lists prepared once, not by
/// templates that loop over whole collections (which stopped such a site at Scriban's loop limit).
/// </summary>
public sealed class LargeSiteTests : IDisposable
{
    private const int Projects = 1500;
    private const int News = 3000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fa-tests", $"large-{Guid.NewGuid():N}");

    [Fact]
    public void A_province_with_1500_projects_and_3000_news_items_builds_whole()
    {
        SyntheticSite.Write(_root, Path.Combine(RepositoryRoot.Path, "themes", "default"),
            new SyntheticShape(Projects, News: News, Skew: true));
        var output = Path.Combine(_root, "output");

        var result = SiteBuilder.Build(new BuildOptions(_root, output));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
        Assert.Empty(result.Diagnostics);
        var site = new BuiltSite(output, result);
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            // The province lists every one of its projects, each once.
            var province = site.Page($"{language}/provinces/province-00/index.html");
            var rows = province.QuerySelectorAll("table tbody th[scope=row] a")
                .Select(a => a.GetAttribute("href")).ToArray();
            Assert.Equal(Projects, rows.Distinct().Count());

            // A project shows three other projects of its province, never itself.
            var project = site.Page($"{language}/projects/p-00750/index.html");
            var others = project.QuerySelectorAll("section[aria-labelledby=ui-other-projects] h3 a")
                .Select(a => a.GetAttribute("href")).ToArray();
            Assert.Equal(3, others.Distinct().Count());
            Assert.DoesNotContain($"/{language}/projects/p-00750/", others);

            // The home page counts the open projects and shows the newest news first.
            var home = site.Page($"{language}/index.html");
            var figures = home.QuerySelectorAll(".hero-figures dd").Select(d => d.TextContent.Trim()).ToArray();
            Assert.Equal(OpenProjects().ToString(System.Globalization.CultureInfo.InvariantCulture), figures[2]);
            var newsDates = home.QuerySelectorAll("#ui-home-news ~ ul time")
                .Select(t => t.GetAttribute("datetime")).ToArray();
            Assert.Equal(newsDates.OrderDescending(StringComparer.Ordinal), newsDates);
        }
        // The news list is paged, ten to a page.
        Assert.True(site.Has($"en/news/page/{News / 10}/index.html"));
        Assert.Equal(3 * (Projects + News), site.Pages.Count(p =>
            p.Contains("/projects/p-", StringComparison.Ordinal) || p.Contains("/news/n-", StringComparison.Ordinal)));
    }

    private int OpenProjects() =>
        Directory.EnumerateFiles(Path.Combine(_root, "content", "projects"), "index.yaml", SearchOption.AllDirectories)
            .Count(file => Regex.IsMatch(File.ReadAllText(file), "^status: open$", RegexOptions.Multiline));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
