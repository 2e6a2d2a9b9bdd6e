using System.Diagnostics;
using System.Globalization;
using ForeignAffairs;
using ForeignAffairs.Benchmarks;

// Builds a synthetic site several times and reports the median build time and pages per second.
// Usage: dotnet run -c Release --project tests/ForeignAffairs.Benchmarks -- [projects] [runs] [work folder]
// Writing thousands of small files is bound by the disk; a work folder on tmpfs (/dev/shm) measures the generator itself.
// With "rebuild" first, times the preview's rebuilds instead: of the sample site, or with a number of projects, of a synthetic site:
//   dotnet run -c Release --project tests/ForeignAffairs.Benchmarks -- rebuild [sample|projects] [runs] [work folder]
if (args.Length > 0 && args[0] == "rebuild") return Rebuild(args[1..]);
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

static int Rebuild(string[] args)
{
    var repository = FindRepository();
    var which = args.Length > 0 ? args[0] : "sample";
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    var root = Path.Combine(args.Length > 2 ? args[2] : Path.GetTempPath(), $"fa-rebuild-{which}");
    if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    string project;
    if (which == "sample")
    {
        foreach (var folder in new[] { "content", "themes" }) SyntheticSite.CopyFolder(Path.Combine(repository, folder), Path.Combine(root, folder));
        project = "bac-ninh-electronics-component-plots";
    }
    else
    {
        SyntheticSite.Write(root, Path.Combine(repository, "themes", "default"), int.Parse(which, CultureInfo.InvariantCulture));
        project = "project-1";
    }
    // The search index is built as in the repository, with its npm packages.
    Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), Path.Combine(repository, "node_modules"));
    try
    {
        return RebuildBenchmark.Run(root, project, runs);
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "ForeignAffairs.sln"))) return folder.FullName;
    throw new InvalidOperationException("run from within the repository");
}
