using ForeignAffairs.FileSystem;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Builds into one output at the same time: they take turns, and the output is always one whole site.
/// </summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task A_build_waits_while_another_holds_the_output_then_publishes()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var progress = new BuildProgress();
        Task<BuildResult> build;
        using (OutputLock.Take(RealPath.Of(fixture.Output), TimeSpan.FromSeconds(5)))
        {
            build = Task.Run(() => SiteBuilder.Build(new BuildOptions(fixture.Root), progress));
            Assert.True(SpinWait.SpinUntil(() => progress.Stage == "wait", TimeSpan.FromMinutes(1)),
                "the build did not wait");
            Assert.False(Directory.Exists(fixture.Output));
            Assert.False(build.IsCompleted);
        }
        // Throws TimeoutException when the build does not go on once the output is free.
        var result = await build.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Stages, s => s.Stage == "wait");
    }

    [Fact]
    public void The_output_lock_holds_with_dotnet_s_own_file_locks_off_as_the_command_runs()
    {
        // The tests run as the command does, with .NET's locks on the files it opens turned off.
        Assert.True(AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var off) && off);
        using var fixture = FixtureSite.Copy("three-languages");
        var output = RealPath.Of(fixture.Output);
        using (OutputLock.Take(output, TimeSpan.FromSeconds(5)))
        {
            var waited = false;
            var ex = Assert.Throws<IOException>(() => OutputLock.Take(output, TimeSpan.Zero, () => waited = true));
            Assert.Contains("another build", ex.Message, StringComparison.Ordinal);
            Assert.False(waited);
        }
        using (OutputLock.Take(output, TimeSpan.Zero))
        {
            // Free again once the holder let go.
        }
    }

    [Fact]
    public async Task Two_builds_into_one_output_at_once_each_publish_a_whole_site()
    {
        using var three = FixtureSite.Copy("three-languages");
        using var four = FixtureSite.Copy("four-languages");
        var alone = new[] { three, four }.Select(site =>
        {
            var reference = Path.Combine(site.Root, "alone");
            site.BuildSuccessfully(reference);
            return FolderState.Of(reference);
        }).ToArray();
        Assert.NotEqual(alone[0], alone[1]);

        var shared = Path.Combine(three.Root, "shared-output");
        for (var round = 0; round < 3; round++)
        {
            var results = await Task.WhenAll(new[] { three, four }.Select(site => Task.Run(() => site.Build(shared))))
                .WaitAsync(TimeSpan.FromMinutes(2));
            Assert.All(results, r => Assert.True(r.Succeeded, string.Join('\n', r.Diagnostics)));
            Assert.Contains(FolderState.Of(shared), alone);
            Assert.Empty(Directory.EnumerateDirectories(three.Root, ".shared-output.*"));
        }
    }
}
