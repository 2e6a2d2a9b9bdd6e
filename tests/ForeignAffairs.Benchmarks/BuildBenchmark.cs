using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// Times whole builds as a user runs them: the Release command line in a new process each time (start-up included), on
/// a generated site, printing the median wall time, the peak resident memory and the median time of each stage.
/// </summary>
internal static partial class BuildBenchmark
{
    /// <summary>What to build and how often.</summary>
    public sealed record Options(SyntheticShape Shape, int Runs, string Work)
    {
        public static Options Parse(string[] args)
        {
            var projects = int.Parse(args[0], CultureInfo.InvariantCulture);
            string? Value(string name) =>
                Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            int Number(string name, int otherwise) =>
                Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : otherwise;
            return new Options(new SyntheticShape(projects, News: Number("--news", 0), Skew: args.Contains("--skew")),
                Number("--runs", 3),
                Value("--work") ?? (Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath()));
        }
    }

    public static int Run(Options options)
    {
        var repository = RepositoryRoot.Path;
        var cli = Path.Combine(repository, "src", "ForeignAffairs.Cli", "bin", "Release", "net10.0",
            "foreign-affairs.dll");
        if (Exec("dotnet", ["build", Path.Combine(repository, "src", "ForeignAffairs.Cli"),
            "-c", "Release", "-nologo", "-v", "q"]).Code != 0) return 1;

        var shape = options.Shape;
        var site = Path.Combine(options.Work, $"fa-bench-{shape.Projects}{(shape.Skew ? "-skew" : "")}");
        var output = site + "-output";
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        SyntheticSite.Write(site, Path.Combine(repository, "themes", "default"), shape);

        var runs = new List<Measured>();
        for (var i = 0; i <= options.Runs; i++)
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            var run = Exec("dotnet", [cli, "build", "--source", site, "--output", output, "--timings"]);
            if (run.Code != 0)
            {
                Console.Error.WriteLine(run.Output);
                return 1;
            }
            if (i > 0) runs.Add(run); // the first run fills the file cache
        }
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shape.Projects} projects x 3 languages{(shape.Skew ? ", skewed" : "")}: {files} files; " +
            $"over {runs.Count} runs: wall median {Median(runs.Select(r => r.Wall.TotalSeconds)):0.00} s " +
            $"(min {runs.Min(r => r.Wall.TotalSeconds):0.00}, max {runs.Max(r => r.Wall.TotalSeconds):0.00}), " +
            $"peak RSS median {Median(runs.Select(r => r.PeakMiB)):0} MiB"));
        var stages = runs.SelectMany(r => Stages(r.Output)).GroupBy(s => s.Stage)
            .Select(g => $"{g.Key} {Median(g.Select(s => s.Seconds)):0.000} s");
        Console.WriteLine("stages (medians): " + string.Join(", ", stages));
        Directory.Delete(output, recursive: true);
        Directory.Delete(site, recursive: true);
        return 0;
    }

    private sealed record Measured(int Code, TimeSpan Wall, double PeakMiB, string Output);

    // Runs a process to its end, sampling its peak resident memory (VmHWM, which only grows) while it runs.
    private static Measured Exec(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0.0;
        while (!process.WaitForExit(10)) peak = Math.Max(peak, PeakMiB(process.Id));
        var wall = clock.Elapsed;
        return new Measured(process.ExitCode, wall, peak, stdout.Result + stderr.Result);
    }

    private static double PeakMiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status")
                .FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null
                ? 0
                : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
                    CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0; // the process has just ended
        }
    }

    private static IEnumerable<(string Stage, double Seconds)> Stages(string output) =>
        StageTime().Matches(output)
            .Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    [GeneratedRegex(@"(load|render|verify|publish|search) (\d+\.\d+) s")]
    private static partial Regex StageTime();
}
