using System.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>A build killed mid-way (SIGKILL, as when a CI job is cancelled) leaves the previous site exactly as it was.</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_output_intact_and_the_next_build_succeeds()
    {
        _fixture.BuildSuccessfully();
        var before = OutputSnapshot.Of(_fixture.Output);

        // Enough pages that writing them takes a while: the kill lands while the staging folder is being filled.
        for (var i = 0; i < 1500; i++)
        {
            _fixture.Write($"content/news/bulk-{i:D4}/index.yaml", $"title: {{en: Bulk {i}, ja: 一括{i}, ko: 일괄 {i}}}\ndate: 2024-01-01\n");
            _fixture.Write($"content/news/bulk-{i:D4}/en.md", string.Concat(Enumerable.Repeat("A paragraph of news text. ", 40)) + "\n");
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "foreign-affairs.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "build", "--source", _fixture.Root }) start.ArgumentList.Add(argument);
        using var build = Process.Start(start)!;

        var deadline = Stopwatch.StartNew();
        string[] staging = [];
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && !build.HasExited)
        {
            staging = Directory.GetDirectories(_fixture.Root, ".output.staging-*");
            if (staging.Length > 0 && Directory.EnumerateFiles(staging[0], "*", SearchOption.AllDirectories).Take(50).Count() == 50) break;
            Thread.Sleep(5);
        }
        Assert.False(build.HasExited, "the build finished before it could be interrupted");
        Assert.NotEmpty(staging);
        build.Kill(entireProcessTree: true); // SIGKILL: no clean-up code runs
        build.WaitForExit();

        Assert.Equal(before, OutputSnapshot.Of(_fixture.Output));

        var next = _fixture.BuildSuccessfully();
        Assert.True(next.Has("en/news/bulk-0000/index.html"));
        Assert.Empty(Directory.GetDirectories(_fixture.Root, ".output.*"));
    }
}
