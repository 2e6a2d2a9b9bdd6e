using System.Diagnostics;
using System.Globalization;
using ForeignAffairs;
using ForeignAffairs.Benchmarks;

// Builds a synthetic site several times and reports the median build time and pages per second.
// Usage: dotnet run -c Release --project tests/ForeignAffairs.Benchmarks -- [projects] [runs] [work folder]
// Writing thousands of small files is bound by the disk; a work folder on tmpfs (/dev/shm) measures the generator itself.
var projects = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var work = args.Length > 2 ? args[2] : Path.GetTempPath();
var repository = FindRepository();
var root = Path.Combine(work, $"fa-benchmark-{projects}");
if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
SyntheticSite.Write(root, Path.Combine(repository, "themes", "default"), projects);

var times = new List<TimeSpan>();
var renderTimes = new List<TimeSpan>();
BuildResult? last = null;
for (var run = 0; run <= runs; run++)
{
    var clock = Stopwatch.StartNew();
    last = SiteBuilder.Build(new BuildOptions(root));
    clock.Stop();
    if (!last.Succeeded)
    {
        foreach (var d in last.Diagnostics.Take(20)) Console.Error.WriteLine(d);
        return 1;
    }
    if (run > 0) // the first run warms up the JIT
    {
        times.Add(clock.Elapsed);
        renderTimes.Add(last.Stages.Single(s => s.Stage == "render").Elapsed);
    }
    Console.WriteLine(string.Join(", ", last.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalSeconds:0.000} s"))));
}

times.Sort();
var median = times[times.Count / 2];
var renders = renderTimes.Order().ToList();
var renderMedian = renders[renders.Count / 2];
var size = Directory.EnumerateFiles(Path.Combine(root, "output"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{last!.TotalPages} pages, {size / 1024.0 / 1024.0:0.0} MiB: median {median.TotalSeconds:0.000} s over {runs} runs " +
    $"(min {times[0].TotalSeconds:0.000} s, max {times[^1].TotalSeconds:0.000} s), {last.TotalPages / median.TotalSeconds:0} pages/s; " +
    $"rendering alone: median {renderMedian.TotalSeconds:0.000} s, {last.TotalPages / renderMedian.TotalSeconds:0} pages/s"));
Directory.Delete(root, recursive: true);
return 0;

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "ForeignAffairs.sln"))) return folder.FullName;
    throw new InvalidOperationException("run from within the repository");
}
