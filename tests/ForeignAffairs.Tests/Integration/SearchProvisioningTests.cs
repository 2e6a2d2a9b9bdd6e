using System.Text.Json;
using System.Text.RegularExpressions;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Search on a fresh clone: a site without Pagefind in its node_modules uses the tool's own copy, installed once with
/// npm into the user's cache, whole or not at all; without npm, or offline, it is built without search, with a warning
/// that says why.
/// </summary>
[Collection(EnvironmentVariables.Collection)]
public sealed class SearchProvisioningTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Copy("three-languages").WithSearchPages();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_version_installed_is_the_one_package_json_pins()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "package.json")));
        Assert.Equal(package.RootElement.GetProperty("devDependencies").GetProperty("pagefind").GetString(),
            PagefindCache.Version);
    }

    [Fact]
    public void Pagefind_in_the_site_folder_comes_first()
    {
        using var tools = new SearchTools();
        SearchTools.InstallPagefind(_site.Root, "site");
        SearchTools.InstallPagefind(tools.PagefindFolder, "cache");

        var built = Build(tools.CacheFor());

        Assert.Equal("site", SearchTools.IndexedBy(built.Output));
        Assert.Empty(tools.NpmCalls);
    }

    [Fact]
    public void Without_it_the_copy_in_the_cache_is_used_and_nothing_installed()
    {
        using var tools = new SearchTools();
        SearchTools.InstallPagefind(tools.PagefindFolder, "cache");
        var notices = new List<string>();

        var built = Build(tools.CacheFor(notice: notices.Add));

        Assert.Equal("cache", SearchTools.IndexedBy(built.Output));
        Assert.Empty(tools.NpmCalls);
        Assert.Empty(notices);
    }

    [Fact]
    public void The_binary_npm_installed_for_the_platform_runs_without_Node()
    {
        using var tools = new SearchTools();
        tools.InstallPagefindWithBinary(tools.PagefindFolder, "binary");
        tools.RemoveNode();

        Assert.Equal("binary", SearchTools.IndexedBy(Build(tools.CacheFor()).Output));
    }

    [Fact]
    public void A_binary_that_cannot_be_started_is_an_error_that_says_so_and_publishes_nothing()
    {
        using var tools = new SearchTools();
        var binary = tools.InstallPagefindWithBinary(tools.PagefindFolder, "binary");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(binary, UnixFileMode.UserRead);

        var built = SiteBuilder.Build(new BuildOptions(_site.Root) { Pagefind = tools.CacheFor() });

        var error = Assert.Single(built.Diagnostics);
        Assert.Equal((DiagnosticCodes.SearchIndexFailed, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.StartsWith($"the search index could not be built: {binary} could not be started (", error.Message);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Without_its_binary_the_runner_needs_Node_and_the_warning_says_so()
    {
        using var tools = new SearchTools();
        SearchTools.InstallPagefind(tools.PagefindFolder, "cache");
        tools.RemoveNode();

        var built = SiteBuilder.Build(new BuildOptions(_site.Root) { Pagefind = tools.CacheFor() });

        var warning = Assert.Single(built.Diagnostics);
        Assert.Equal(DiagnosticCodes.SearchUnavailable, warning.Code);
        Assert.Equal("the site is built without its search pages: Node.js is not installed", warning.Message);
    }

    [Fact]
    public void The_first_build_installs_it_into_the_cache_once_and_says_so_in_one_line()
    {
        using var tools = new SearchTools();

        var first = CommandLine.Run("build", "--source", _site.Root);
        var second = CommandLine.Run("build", "--source", _site.Root);

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Equal($"Installing Pagefind {PagefindCache.Version} for search into {tools.PagefindFolder} (once)...\n",
            first.Err);
        Assert.Equal("", second.Err);
        var call = Assert.Single(tools.NpmCalls);
        var (folder, version) = (Regex.Escape(tools.PagefindFolder), Regex.Escape(PagefindCache.Version));
        Assert.Matches($@"^install --prefix {folder}\.partial-\w+ pagefind@{version} --no-audit --no-fund$", call);
        Assert.Equal("npm", SearchTools.IndexedBy(_site.Output));
        Assert.Equal([tools.PagefindFolder], Directory.GetDirectories(Path.GetDirectoryName(tools.PagefindFolder)!));
    }

    [Fact]
    public void Without_npm_the_site_is_built_without_search_and_the_warning_says_why()
    {
        using var tools = new SearchTools(npm: null);

        var (exit, _, stderr) = CommandLine.Run("build", "--source", _site.Root);

        Assert.Equal(0, exit);
        Assert.StartsWith("content/site.yaml: warning FA5005: the site is built without its search pages: " +
            "Pagefind is not installed, and npm is not found to install it (install Node.js with npm, " +
            "run npm install in the site folder, or set", stderr);
        Assert.False(File.Exists(Path.Combine(_site.Output, "en", "search", "index.html")));
        Assert.Empty(Directory.GetFileSystemEntries(tools.Cache));
    }

    [Fact]
    public void Offline_nothing_is_installed_and_the_warning_says_so()
    {
        using var tools = new SearchTools();

        var (exit, _, stderr) = CommandLine.Run("build", "--source", _site.Root, "--offline");

        Assert.Equal(0, exit);
        Assert.Contains($"FA5005: the site is built without its search pages: Pagefind is installed neither " +
            $"in the site folder nor in {tools.PagefindFolder}, and the build is offline " +
            $"(build once without --offline to install it", stderr);
        Assert.Empty(tools.NpmCalls);
        Assert.Empty(Directory.GetFileSystemEntries(tools.Cache));
    }

    [Fact]
    public void A_failed_installation_leaves_nothing_that_looks_installed_and_the_next_build_installs_it()
    {
        using var tools = new SearchTools(SearchTools.FailingNpm);

        var failed = SiteBuilder.Build(new BuildOptions(_site.Root) { Pagefind = tools.CacheFor() });

        var warning = Assert.Single(failed.Diagnostics);
        Assert.Equal(DiagnosticCodes.SearchUnavailable, warning.Code);
        Assert.EndsWith(": npm error code E404; npm error 404 Not Found - pagefind", warning.Message);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(tools.PagefindFolder)!));

        tools.UseNpm(SearchTools.InstallingNpm);
        Assert.Equal("npm", SearchTools.IndexedBy(Build(tools.CacheFor()).Output));
        Assert.Equal(2, tools.NpmCalls.Count);
    }

    [Fact]
    public void What_an_interrupted_installation_left_is_never_used_and_is_removed_once_abandoned()
    {
        using var tools = new SearchTools();
        var leftover = tools.PagefindFolder + ".partial-0123";
        SearchTools.InstallPagefind(leftover, "interrupted");
        Directory.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));

        Assert.Equal("npm", SearchTools.IndexedBy(Build(tools.CacheFor()).Output));
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public async Task Two_builds_installing_at_once_both_get_search_from_one_complete_copy()
    {
        using var tools = new SearchTools(SearchTools.PairedNpm);
        using var other = FixtureSite.Copy("three-languages").WithSearchPages();

        var builds = await Task.WhenAll(
            new[] { _site, other }.Select(site => Task.Run(() => site.BuildSuccessfully(pagefind: tools.CacheFor()))));

        Assert.Equal(2, tools.NpmCalls.Count);
        Assert.All(builds, built => Assert.Equal("npm", SearchTools.IndexedBy(built.Output)));
        Assert.Equal([tools.PagefindFolder], Directory.GetDirectories(Path.GetDirectoryName(tools.PagefindFolder)!));
        Assert.True(File.Exists(SearchIndex.RunnerIn(tools.PagefindFolder)));
    }

    [Fact]
    public void The_preview_installs_it_too_and_tries_a_failed_installation_only_once()
    {
        using var tools = new SearchTools(SearchTools.FailingNpm);
        var live = new LiveSite(
            new BuildOptions(_site.Root, Path.Combine(_site.Root, "live")) { Pagefind = tools.CacheFor() });

        var first = live.Rebuild();
        _site.Write("content/pages/about/en.md", "Edited.\n");
        var second = live.Rebuild(touched: ["content/pages/about/en.md"]);

        Assert.All(new[] { first, second },
            r => Assert.Equal(DiagnosticCodes.SearchUnavailable, Assert.Single(r.Diagnostics).Code));
        Assert.Single(tools.NpmCalls);
    }

    private BuiltSite Build(PagefindCache cache) => _site.BuildSuccessfully(pagefind: cache);
}
