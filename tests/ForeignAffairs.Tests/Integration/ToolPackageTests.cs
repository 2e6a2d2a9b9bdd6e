using System.Diagnostics;
using AngleSharp.Html.Parser;
using ForeignAffairs.Cli;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The tool as an office gets it: packed from a copy of the sources, installed into a folder of its own, a site made
/// with init and built, then a partial and a UI string of the built-in theme overridden in the site.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fa-tests", $"tool-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_packed_tool_installs_makes_a_site_that_builds_verified_and_uses_the_sites_overrides()
    {
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        Run("dotnet", CopyOfSources(), "pack", "src/ForeignAffairs.Cli", "-c", "Release", "-o", packages);
        var version = CliApplication.Version.Split('+')[0];
        Assert.Equal($"foreign-affairs.{version}.nupkg", Path.GetFileName(Assert.Single(Directory.GetFiles(packages))));
        Run("dotnet", _root, "tool", "install", "--tool-path", tools, "--add-source", packages, "foreign-affairs",
            "--version", version);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "foreign-affairs.exe" : "foreign-affairs");

        Run(tool, _root, "init", "site", "--languages", "en,ja,ko", "--title", "Invest in Bắc Ninh");
        var site = Path.Combine(_root, "site");
        // Verification runs; the one warning left is the search index, which an offline build leaves out.
        var built = Run(tool, site, "build", "--offline");
        Assert.Equal(["FA5005"], Warnings(built));
        var home = Page(site, "en/index.html");
        Assert.Equal("Invest in Bắc Ninh", home.QuerySelector(".footer-title")?.TextContent);

        Run(tool, site, "theme", "eject", "layouts/partials/footer.html");
        var footer = Path.Combine(site, "themes", "default", "layouts", "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("<footer class=\"site-footer\">",
            "<footer class=\"site-footer\"><p class=\"office-hours\">Mon–Fri 8:00–17:00</p>",
            StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site, "themes", "default", "i18n"));
        File.WriteAllText(Path.Combine(site, "themes", "default", "i18n", "en.yaml"),
            "skip_link: Jump to the content\n");
        Run(tool, site, "build", "--offline");

        foreach (var language in new[] { "en", "ja" })
            Assert.Equal("Mon–Fri 8:00–17:00",
                Page(site, $"{language}/index.html").QuerySelector("footer .office-hours")?.TextContent);
        Assert.Equal("Jump to the content", Page(site, "en/index.html").QuerySelector(".skip-link")?.TextContent);
        Assert.NotEqual("Jump to the content", Page(site, "ja/index.html").QuerySelector(".skip-link")?.TextContent);
    }

    // What a pack needs, without the build output of this checkout, so that packing never touches the tests' own
    // binaries.
    private string CopyOfSources()
    {
        var copy = Path.Combine(_root, "repository");
        string[] files = [".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json",
            "README.md", "package.json"];
        foreach (var file in files)
            File.Copy(Path.Combine(RepositoryRoot.Path, file),
                Path.Combine(Directory.CreateDirectory(copy).FullName, file));
        foreach (var folder in new[] { "src", "themes" })
        {
            foreach (var file in Directory.EnumerateFiles(
                Path.Combine(RepositoryRoot.Path, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
                File.Copy(file, Path.Combine(copy, relative));
            }
        }
        return copy;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", path)));

    private static string[] Warnings(string stderr) =>
        [.. stderr.Split('\n').Where(l => l.Contains(": warning FA", StringComparison.Ordinal))
            .Select(l => l.Split("warning ")[1][..6])];

    // Runs a program to its end, with a cache of its own for the tool; fails the test with what it printed unless it
    // succeeded. Returns its standard error.
    private string Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [PagefindCache.FolderVariable] = Path.Combine(_root, "cache") },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} {string.Join(' ', args)} did not end");
        Assert.True(process.ExitCode == 0,
            $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr}");
        return stderr;
    }
}
