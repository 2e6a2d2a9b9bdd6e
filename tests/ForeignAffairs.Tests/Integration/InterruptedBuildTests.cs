using System.Diagnostics;
using AngleSharp.Html.Parser;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A build killed mid-way (SIGKILL, as when a CI job is cancelled) leaves the previous site exactly as it was. The
/// kill lands at a known point, the last before the output is replaced: the site's Pagefind, which indexes the staging
/// folder once every page and file is written there, is a stand-in that says it has started, then waits to be killed.
/// </summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private const string NewPage = "en/news/after-the-kill/index.html";

    // The stand-in takes the place of Pagefind's binary. Held, it creates the file $INDEXING_STARTED and waits for a
    // line on the build's standard input, which the test never writes; otherwise it marks the index it is asked for.
    private const string StandInPagefind = """
        #!/bin/sh
        while [ $# -gt 0 ]; do [ "$1" = --output-path ] && bundle=$2; shift; done
        if [ -n "$INDEXING_STARTED" ]; then
          : > "$INDEXING_STARTED"
          read -r line
          exit 1
        fi
        mkdir -p "$bundle" && printf 'stand-in' > "$bundle/indexed-by.txt"
        """;

    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");
    private readonly string _tools = Path.Combine(Path.GetTempPath(), "fa-tests", $"interrupted-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _fixture.Dispose();
        if (Directory.Exists(_tools)) Directory.Delete(_tools, recursive: true);
    }

    [Fact]
    public async Task A_build_killed_before_its_site_replaces_the_output_leaves_it_intact_and_the_next_build_succeeds()
    {
        _fixture.BuildSuccessfully();
        var before = OutputSnapshot.Of(_fixture.Output);
        // What the killed build writes differs from the output: a new page, and the search pages.
        _fixture.WithSearchPages();
        _fixture.Write("content/news/after-the-kill/index.yaml", "title: {en: After the kill}\ndate: 2024-01-01\n");
        _fixture.Write("content/news/after-the-kill/en.md", "Written again by the next build.\n");
        InstallStandInPagefind();
        var started = Path.Combine(_tools, "indexing-started");

        using var watcher = new FileSystemWatcher(_tools, Path.GetFileName(started)) { EnableRaisingEvents = true };
        var indexing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Created += (_, _) => indexing.TrySetResult();
        using (var build = StartBuild(started))
        {
            var ended = Printed(build);
            try
            {
                // Minutes, only so that a build that never indexes fails the test rather than hangs it.
                var first = await Task.WhenAny(indexing.Task, ended).WaitAsync(TimeSpan.FromMinutes(5));
                if (first != indexing.Task) Assert.Fail("the build ended without indexing:\n" + await ended);

                var staging = Assert.Single(Directory.GetDirectories(_fixture.Root, ".output.staging-*"));
                Assert.True(File.Exists(Path.Combine(staging, NewPage)), "the build had not written its pages");
                build.Kill(entireProcessTree: true); // SIGKILL: no clean-up code runs
                await ended;
            }
            finally
            {
                if (!build.HasExited) build.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(before, OutputSnapshot.Of(_fixture.Output));

        using (var next = StartBuild(indexingStarted: null))
        {
            var printed = await Printed(next);
            Assert.True(next.ExitCode == 0, printed);
        }
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_fixture.Output, NewPage)));
        Assert.Equal("After the kill", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("stand-in", SearchTools.IndexedBy(_fixture.Output));
        Assert.Empty(Directory.GetDirectories(_fixture.Root, ".output.*"));
    }

    // Pagefind as npm installs it in the site folder, whose binary the build starts instead of its runner; the binary
    // is the stand-in, named by Pagefind's own environment variable (see StartBuild).
    private void InstallStandInPagefind()
    {
        var runner = SearchIndex.RunnerIn(_fixture.Root);
        Directory.CreateDirectory(Path.GetDirectoryName(runner)!);
        File.WriteAllText(runner, "// Never run: the binary named by PAGEFIND_EXTENDED_BINARY_PATH is.\n");
        Directory.CreateDirectory(_tools);
        File.WriteAllText(StandIn, StandInPagefind.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(StandIn, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    private string StandIn => Path.Combine(_tools, "pagefind_extended");

    // The command line building the site in a process of its own, which can be killed; with indexingStarted, its
    // Pagefind creates that file and is held.
    private Process StartBuild(string? indexingStarted)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        var cli = Path.Combine(AppContext.BaseDirectory, "foreign-affairs.dll");
        foreach (var argument in new[] { cli, "build", "--source", _fixture.Root }) start.ArgumentList.Add(argument);
        // A Pagefind the machine names would run instead of the stand-in.
        foreach (var name in PagefindBinary.Names) start.Environment.Remove(PagefindBinary.Variable(name));
        start.Environment[PagefindBinary.Variable(PagefindBinary.Names[0])] = StandIn;
        if (indexingStarted is not null) start.Environment["INDEXING_STARTED"] = indexingStarted;
        return Process.Start(start)!;
    }

    // What the build printed, once it has ended; read from its start, so that a full pipe never holds the build.
    private static async Task<string> Printed(Process build)
    {
        var (output, errors) = (build.StandardOutput.ReadToEndAsync(), build.StandardError.ReadToEndAsync());
        await build.WaitForExitAsync();
        return await output + await errors;
    }
}
