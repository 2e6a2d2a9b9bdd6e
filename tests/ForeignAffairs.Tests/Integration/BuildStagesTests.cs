using ForeignAffairs.Incremental;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Build, check and the preview's rebuilds run the same stages in the same order, and report them by the same names: a
/// check stops before publishing, and the search index is built within publishing.
/// </summary>
public sealed class BuildStagesTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages").WithSearchPages();

    public BuildStagesTests()
    {
        var installed = Path.Combine(RepositoryRoot.Path, "node_modules");
        Assert.True(Directory.Exists(Path.Combine(installed, "pagefind")),
            "npm install has not been run in the repository");
        Directory.CreateSymbolicLink(Path.Combine(_fixture.Root, "node_modules"), installed);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Build_check_and_the_preview_run_the_same_stages()
    {
        string[] published = ["load", "render", "verify", "publish", "search"];

        var build = _fixture.BuildSuccessfully().Result;
        var check = SiteBuilder.Build(new BuildOptions(_fixture.Root, Write: false));
        var live = new LiveSite(new BuildOptions(_fixture.Root, Path.Combine(_fixture.Root, "live")));
        var first = live.Rebuild();
        _fixture.Write("content/pages/about/en.md",
            File.ReadAllText(Path.Combine(_fixture.Root, "content/pages/about/en.md")) + "\nMore.\n");
        var rebuild = live.Rebuild(touched: ["content/pages/about/en.md"]);

        Assert.True(check.Succeeded && first.Succeeded && rebuild.Succeeded);
        Assert.Equal(published, build.Stages.Select(s => s.Stage));
        Assert.Equal(published, first.Stages.Select(s => s.Stage));
        Assert.Equal(["load", "render", "verify"], check.Stages.Select(s => s.Stage));
        // A rebuild writes only the files that differ; the search index is refreshed apart, after the pages are served.
        Assert.Equal(["load", "render", "verify", "publish"], rebuild.Stages.Select(s => s.Stage));
        Assert.True(rebuild.SearchStale);
    }
}
