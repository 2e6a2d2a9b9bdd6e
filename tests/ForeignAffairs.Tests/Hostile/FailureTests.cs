using ForeignAffairs.Cli;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Files that are not files, commands given what they cannot use, and faults: each ends in one clear message.
/// </summary>
public sealed class FailureTests
{
    [Theory]
    [InlineData("content/sectors/electronics/en.md")]
    [InlineData("content/projects/yen-phong-park/site-plan.pdf")]
    [InlineData("content/site.yaml")]
    [InlineData("themes/minimal/layouts/home.html")]
    [InlineData("themes/minimal/assets/print.css")]
    public void A_named_pipe_where_a_file_should_be_is_refused_without_being_opened(string path)
    {
        using var site = new HostileSite();
        // Opening a named pipe for reading waits for a writer that never comes.
        File.Delete(site.PathOf(path));
        Mkfifo(site.PathOf(path));
        var outcome = site.Run("build");
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{path}:0:0: error FA1014"], outcome.Problems);
    }

    [Fact]
    public async Task A_file_deleted_during_the_build_fails_it_and_leaves_the_output_as_it_was()
    {
        // A site large enough that its pages take a while to render; files are copied only after them.
        var root = Path.Combine(Path.GetTempPath(), "fa-tests", $"deleted-{Guid.NewGuid():N}");
        try
        {
            SyntheticSite.Write(root, Path.Combine(RepositoryRoot.Path, "themes", "default"), new SyntheticShape(200));
            var plan = Path.Combine(Directory.GetDirectories(Path.Combine(root, "content", "projects")).Order().First(),
                "site-plan.pdf");
            File.WriteAllText(plan, "%PDF");
            Assert.True(SiteBuilder.Build(new BuildOptions(root)).Succeeded);
            var before = FolderState.Of(root);
            before.Remove(Path.GetRelativePath(root, plan));

            var progress = new BuildProgress();
            var build = Task.Run(() => SiteBuilder.Build(new BuildOptions(root), progress));
            Assert.True(SpinWait.SpinUntil(() => progress.Stage == "render", TimeSpan.FromMinutes(1)),
                "the build did not render");
            File.Delete(plan);
            var result = await build.WaitAsync(TimeSpan.FromMinutes(2));

            Assert.False(result.Succeeded);
            Assert.Equal(DiagnosticCodes.WriteFailed, Assert.Single(result.Diagnostics).Code);
            Assert.Equal(before, FolderState.Of(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_full_disk_fails_the_build_and_leaves_the_previous_output_as_it_was()
    {
        using var site = new HostileSite();
        OnSmallDisk(site, disk =>
        {
            var output = Path.Combine(disk, "site");
            Assert.Equal(0, site.Run("build", "--output", output).Exit);
            // Fill the disk but for half of what the site needs (written, since a file only set long takes no space).
            var needed = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Sum(f => new FileInfo(f).Length);
            using (var filler = File.Create(Path.Combine(disk, "filler")))
            {
                var chunk = new byte[4096];
                for (var left = new DriveInfo(disk).AvailableFreeSpace - needed / 2; left > 0; left -= chunk.Length)
                    filler.Write(chunk);
            }
            var before = FolderState.Of(disk);

            var outcome = site.Run("build", "--output", output);

            Assert.Equal(1, outcome.Exit);
            Assert.Equal([$"{output}:0:0: error FA5002"], outcome.Problems);
            Assert.Equal(before, FolderState.Of(disk));
        });
    }

    [Fact]
    public void A_full_disk_fails_a_preview_rebuild_with_one_message_and_the_next_rebuild_writes_the_site_again()
    {
        using var site = new HostileSite();
        OnSmallDisk(site, disk =>
        {
            var live = new LiveSite(new BuildOptions(site.Root, Path.Combine(disk, "site")));
            Assert.True(live.Rebuild().Succeeded);
            var filler = Path.Combine(disk, "filler");
            using (var fill = File.Create(filler))
            {
                var chunk = new byte[4096];
                try
                {
                    while (true) fill.Write(chunk);
                }
                catch (IOException)
                {
                    // The disk is full.
                }
            }
            // Every page changes, and is written on every core.
            File.AppendAllText(site.PathOf("themes/minimal/layouts/base.html"), "<!-- edited -->\n");

            var failed = live.Rebuild(touched: ["themes/minimal/layouts/base.html"]);

            Assert.Equal(DiagnosticCodes.WriteFailed, Assert.Single(failed.Diagnostics).Code);
            File.Delete(filler);
            var again = live.Rebuild(touched: []);
            Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
            var full = Path.Combine(site.Surroundings, $"full-{Guid.NewGuid():N}");
            Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, full)).Succeeded);
            Assert.Equal(OutputSnapshot.Of(full), OutputSnapshot.Of(Path.Combine(disk, "site")));
            Directory.Delete(full, recursive: true);
        });
    }

    [Fact]
    public void A_slug_too_long_for_a_folder_name_is_refused_by_new()
    {
        using var site = new HostileSite();
        var outcome = site.Run("new", "projects", string.Join('-', Enumerable.Repeat("logistics", 30)));
        Assert.Equal(CliApplication.UsageError, outcome.Exit);
        Assert.Contains("more than the 80", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_output_that_is_a_file_is_refused()
    {
        using var site = new HostileSite();
        var outcome = site.Run("schema", "--output", site.PathOf("content/site.yaml"));
        Assert.Equal(CliApplication.UsageError, outcome.Exit);
        Assert.Single(outcome.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_fault_of_the_generator_is_one_line_and_exit_three_with_the_details_only_when_asked()
    {
        var fault = Thrown(() => throw new InvalidOperationException("a list changed while it was read"));
        using var quiet = new StringWriter();
        Assert.Equal(CliApplication.InternalError, CliApplication.Failed(fault, verbose: false, quiet));
        Assert.Single(quiet.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("please report it", quiet.ToString(), StringComparison.Ordinal);

        using var verbose = new StringWriter();
        CliApplication.Failed(fault, verbose: true, verbose);
        Assert.Contains(nameof(Thrown), verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_failure_inside_a_parallel_loop_is_a_file_problem_not_a_fault()
    {
        var failure = Thrown(() => Parallel.For(0, 4,
            _ => throw new IOException("No space left on device : 'output/en/index.html'")));
        using var stderr = new StringWriter();
        Assert.Equal(CliApplication.ContentErrors, CliApplication.Failed(failure, verbose: false, stderr));
        Assert.Equal("foreign-affairs: No space left on device : 'output/en/index.html'", stderr.ToString().Trim());
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }
        throw new InvalidOperationException("nothing was thrown");
    }

    // Runs test on a small disk of its own, for it to fill; only a machine that lets the tests mount one (as CI's does)
    // runs it.
    private static void OnSmallDisk(HostileSite site, Action<string> test)
    {
        var disk = Path.Combine(site.Surroundings, $"disk-{Guid.NewGuid():N}");
        Directory.CreateDirectory(disk);
        if (!Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk))
        {
            Directory.Delete(disk);
            return;
        }
        try
        {
            test(disk);
        }
        finally
        {
            if (Run("umount", disk)) Directory.Delete(disk, recursive: true);
        }
    }

    private static void Mkfifo(string path) => Assert.True(Run("mkfifo", path));

    private static bool Run(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
