using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ForeignAffairs.Cli;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A Release build of the command compiles it to native code too, and the command started through .NET hands over to
/// it: its build of the sample, with a photograph and a plan made anew by the image library, has the same bytes as the
/// generator's own.
/// </summary>
public sealed class NativeCommandTests : IDisposable
{
#if DEBUG
    private const string OnlyInRelease =
        "a Debug build of the tests builds no native command: run them with -c Release, as CI does";
#else
    private const string? OnlyInRelease = null;
#endif

    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "src", "ForeignAffairs.Cli", "bin",
        "Release", "net10.0");

    private readonly SampleCopy _sample = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "fa-tests", $"cache-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _sample.Dispose();
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    [Fact(Skip = OnlyInRelease)]
    public void The_command_hands_over_to_its_native_build_where_the_processor_runs_it_unless_told_not_to()
    {
        Assert.NotNull(NativeCommand.For(Folder));

        // On an x64 processor without the instructions the native build is compiled for, the command stays on .NET.
        Assert.Equal(NativeCommand.CanRun, RanNatively(Run(["--version"]).Stdout));
        foreach (var off in new[] { "0", "false" })
            Assert.DoesNotContain("native", Run(["--version"], (NativeCommand.Variable, off)).Stdout,
                StringComparison.Ordinal);
    }

    [Fact(Skip = OnlyInRelease)]
    public void The_native_build_writes_the_same_bytes_as_the_generator()
    {
        AddPhotographAndPlan();
        var native = Path.Combine(_sample.Root, "native");
        var (exit, _, stderr) = Run(["build", "--source", _sample.Root, "--output", native],
            ("FOREIGN_AFFAIRS_TODAY", SampleCopy.Today.ToString("yyyy-MM-dd")));
        Assert.True(exit == 0, stderr);
        // Its images were made by the native build itself, which kept them in its new cache.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_cache, "images"), "*", SearchOption.AllDirectories));

        var own = Path.Combine(_sample.Root, "own");
        var built = SiteBuilder.Build(new BuildOptions(_sample.Root, own) { Today = SampleCopy.Today });

        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.True(Directory.Exists(Path.Combine(native, "pagefind")), "the native build has no search index");
        Assert.Equal(OutputSnapshot.Of(own), OutputSnapshot.Of(native));
    }

    [Fact(Skip = OnlyInRelease)]
    public void The_native_command_loads_the_image_library_only_when_it_makes_an_image()
    {
        // Where the loader's trace shows it: Linux with glibc's loader (LD_DEBUG).
        if (!OperatingSystem.IsLinux() || !NativeCommand.CanRun
            || RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal)) return;
        Assert.NotNull(NativeCommand.For(Folder));
        var check = Run(["check", "--source", _sample.Root], ("LD_DEBUG", "files"));
        Assert.Equal(0, check.Exit);
        Assert.DoesNotContain(check.Stderr.Split('\n'), MapsImageLibrary);

        AddPhotographAndPlan();
        var build = Run(["build", "--source", _sample.Root, "--output", Path.Combine(_sample.Root, "native")],
            ("LD_DEBUG", "files"));
        Assert.Equal(0, build.Exit);
        Assert.Contains(build.Stderr.Split('\n'), MapsImageLibrary);
    }

    // A photograph and a plan for a project of the sample, which a build makes variants of anew.
    private void AddPhotographAndPlan()
    {
        File.WriteAllBytes(_sample.PathOf($"{ImageSite.Project}/aerial.jpg"), TestImages.Photograph(1200, 900));
        File.WriteAllBytes(_sample.PathOf($"{ImageSite.Project}/plan.png"), TestImages.Plan(600, 400));
        File.AppendAllText(_sample.PathOf($"{ImageSite.Project}/index.yaml"),
            "images:\n  - file: aerial.jpg\n    alt: {en: The plots, ja: 用地, ko: 부지}\n" +
            "  - file: plan.png\n    alt: {en: Plan of the plots, ja: 用地の配置図, ko: 부지 배치도}\n");
    }

    // Whether the version a command printed is the native command's.
    private static bool RanNatively(string stdout) =>
        stdout.TrimEnd().EndsWith(" (native)", StringComparison.Ordinal);

    // A line of the loader's trace (LD_DEBUG=files) that maps libvips into the process, which only a load that found it
    // writes.
    private static bool MapsImageLibrary(string line) =>
        line.Contains("libvips.so.42", StringComparison.Ordinal)
        && line.Contains("generating link map", StringComparison.Ordinal);

    [Fact]
    public void A_native_build_older_than_the_command_or_the_generator_is_not_used()
    {
        var folder = Path.Combine(_cache, "command");
        var native = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "native")).FullName,
            "foreign-affairs");
        string[] assemblies = ["foreign-affairs.dll", "ForeignAffairs.dll"];
        foreach (var assembly in assemblies) File.WriteAllText(Path.Combine(folder, assembly), "");
        var built = File.GetLastWriteTimeUtc(Path.Combine(folder, assemblies[0]));
        Assert.Null(NativeCommand.For(folder));

        File.WriteAllText(native, "");
        File.SetLastWriteTimeUtc(native, built.AddSeconds(1));
        Assert.Equal(native, NativeCommand.For(folder));

        foreach (var assembly in assemblies)
        {
            File.SetLastWriteTimeUtc(Path.Combine(folder, assembly), built.AddMinutes(1));
            Assert.Null(NativeCommand.For(folder));
            File.SetLastWriteTimeUtc(Path.Combine(folder, assembly), built);
        }
    }

    [Fact(Skip = OnlyInRelease)]
    public void A_command_that_hands_over_leaves_none_of_the_runtime_s_files_in_the_temporary_folder()
    {
        Assert.NotNull(NativeCommand.For(Folder));
        // A temporary folder of its own, where .NET makes the diagnostics channel and debugger pipes of the process.
        var temporary = Directory.CreateDirectory(Path.Combine(_cache, "temporary")).FullName;

        var (exit, stdout, _) = Run(["--version"], ("TMPDIR", temporary), ("DOTNET_EnableDiagnostics", "1"));

        Assert.Equal(0, exit);
        Assert.Equal(NativeCommand.CanRun, RanNatively(stdout));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temporary));
    }

    [Fact(Skip = OnlyInRelease)]
    public void A_command_whose_temporary_folder_is_missing_still_hands_over()
    {
        Assert.NotNull(NativeCommand.For(Folder));
        var missing = Path.Combine(_cache, "missing");

        foreach (var diagnostics in new[] { "0", "1" })
        {
            var (exit, stdout, stderr) = Run(["--version"], ("TMPDIR", missing),
                ("DOTNET_EnableDiagnostics", diagnostics));

            Assert.True(exit == 0, stderr);
            Assert.Equal(NativeCommand.CanRun, RanNatively(stdout));
        }
    }

    [Fact(Skip = OnlyInRelease)]
    public void A_site_of_many_entries_is_checked_with_the_server_collector_unless_one_was_chosen()
    {
        Assert.NotNull(NativeCommand.For(Folder));
        // The sample with a thousand news items more, in a folder whose name the command started again must receive
        // as it was written. The items are empty folders: the collector is chosen from the listings before anything
        // is read, and the check then stops at the load stage, which reports them.
        var large = Path.Combine(_cache, "a large site, Bắc Ninh");
        foreach (var folder in new[] { "content", "themes" })
            FolderCopy.Copy(_sample.PathOf(folder), Path.Combine(large, folder));
        for (var i = 0; i < Collector.LargeSite; i++)
            Directory.CreateDirectory(Path.Combine(large, "content", "news", $"n-{i:D4}"));

        // On one core the runtime starts the workstation collector whatever it is asked for.
        Assert.Equal(NativeCommand.CanRun && Environment.ProcessorCount > 1,
            ByServerCollector(Run(["check", "--source", large, "--timings"]).Stdout));
        // The native command run directly, not handed over to, starts again with it.
        if (NativeCommand.CanRun)
            Assert.Equal(Environment.ProcessorCount > 1,
                ByServerCollector(RunNatively(["check", "--source", large, "--timings"]).Stdout));
        // A collector the user chose is kept.
        Assert.False(ByServerCollector(
            Run(["check", "--source", large, "--timings"], ("DOTNET_gcServer", "0")).Stdout));
        // A small site is checked with the collector the command started with.
        var (exit, stdout, stderr) = Run(["check", "--source", _sample.Root, "--timings"]);
        Assert.True(exit == 0, stderr);
        Assert.False(ByServerCollector(stdout));
    }

    [Fact(Skip = OnlyInRelease)]
    public void The_native_command_checks_a_site_on_huge_pages_where_the_system_offers_them_unless_told_not_to()
    {
        Assert.NotNull(NativeCommand.For(Folder));
        // As the command decides: huge pages on request or always, memory overcommitted, and no limit on the heap.
        const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        var offered = NativeCommand.CanRun && OperatingSystem.IsLinux() && File.Exists(Setting)
            && !File.ReadAllText(Setting).Contains("[never]", StringComparison.Ordinal)
            && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() != "2"
            && GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >= Memory();

        var (exit, stdout, stderr) = Run(["check", "--source", _sample.Root, "--timings"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(offered, OnHugePages(stdout) > 0);
        foreach (var no in new[] { "0", "false" })
            Assert.Null(OnHugePages(
                Run(["check", "--source", _sample.Root, "--timings"], (HugePages.Variable, no)).Stdout));
    }

    // The machine's memory, as the kernel counts it.
    private static long Memory()
    {
        var total = File.ReadLines("/proc/meminfo")
            .First(line => line.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(total["MemTotal:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(),
            CultureInfo.InvariantCulture) << 10;
    }

    // The MiB of the command's heap that its timings say were on huge pages; null when they say nothing of them.
    private static long? OnHugePages(string stdout) =>
        Regex.Match(stdout.Split('\n').Single(line => line.StartsWith("Stages: ", StringComparison.Ordinal)),
            @", (\d+) MiB on huge pages;") is { Success: true } match
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    // Whether the timings a command printed say that the server collector paused it.
    private static bool ByServerCollector(string stdout) =>
        stdout.Split('\n').Single(line => line.StartsWith("Stages: ", StringComparison.Ordinal))
            .Contains(" s by the server collector", StringComparison.Ordinal);

    [Fact]
    public void Before_it_hands_over_the_command_removes_its_own_diagnostics_files_and_no_other_process_s()
    {
        Assert.True(NativeCommand.IsOwn("dotnet-diagnostic-4242-1781-socket", 4242));
        Assert.True(NativeCommand.IsOwn("clr-debug-pipe-4242-1781-in", 4242));
        Assert.True(NativeCommand.IsOwn("clr-debug-pipe-4242-1781-out", 4242));
        // Another process, which started at the tick that is this one's number.
        Assert.False(NativeCommand.IsOwn("dotnet-diagnostic-1781-4242-socket", 4242));
        Assert.False(NativeCommand.IsOwn("clr-debug-pipe-1781-4242-in", 4242));
        Assert.False(NativeCommand.IsOwn("dotnet-diagnostic-42420-1781-socket", 4242));
        Assert.False(NativeCommand.IsOwn("dotnet-diagnostic-4242-1781-socket.bak", 4242));
    }

    [Fact]
    public void The_tick_its_diagnostics_files_are_named_after_is_read_as_the_system_gives_it()
    {
        // The 22nd field, after a program's name that holds spaces and parentheses.
        var stat = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 1781 1000 10 " +
            "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        Assert.Equal("1781", NativeCommand.TickIn(stat));
        Assert.Null(NativeCommand.TickIn("4242 (short) S 1 2 3"));
        Assert.Null(NativeCommand.TickIn(stat.Replace(" 1781 ", " 17x1 ", StringComparison.Ordinal)));
        // Read through the C library, this process's own is the one .NET reads.
        if (OperatingSystem.IsLinux())
            Assert.Equal(NativeCommand.TickIn(File.ReadAllText("/proc/self/stat")), NativeCommand.StartTick());
    }

    // Runs the command as compiled by its own Release build, with a cache of its own.
    private (int Exit, string Stdout, string Stderr) Run(string[] args,
        params (string Name, string Value)[] variables) =>
        Run(new ProcessStartInfo("dotnet", [Path.Combine(Folder, "foreign-affairs.dll"), .. args]), args, variables);

    // Runs the native build itself, as a user may who found it.
    private (int Exit, string Stdout, string Stderr) RunNatively(string[] args) =>
        Run(new ProcessStartInfo(Path.Combine(Folder, "native", "foreign-affairs"), args), args, []);

    private (int Exit, string Stdout, string Stderr) Run(ProcessStartInfo start, string[] args,
        (string Name, string Value)[] variables)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment[PagefindCache.FolderVariable] = _cache;
        // The collector is the command's choice, unless a test makes it.
        start.Environment.Remove("DOTNET_gcServer");
        foreach (var (name, value) in variables) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{string.Join(' ', args)} did not end");
        return (process.ExitCode, stdout.Result, stderr);
    }
}
