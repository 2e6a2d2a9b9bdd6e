using System.Globalization;
using System.Runtime;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// Times the rebuilds of a live site, as the preview server runs them: after an edit to one project's text, to one of
/// its figures, to a partial template and to the base layout, each repeated and reported as a median with its stages,
/// the pages rendered, the processor time the rebuild used (every thread, the collector's included: steadier than the
/// wall time on a shared machine), the memory it allocated and the time the garbage collector paused it; and the memory
/// the live site holds between rebuilds.
/// </summary>
internal static class RebuildBenchmark
{
    public static int Run(string root, string project, int runs, string? only = null)
    {
        var live = new LiveSite(new BuildOptions(root, Path.Combine(root, "output"),
            new Uri("http://127.0.0.1:1313/")));
        var first = live.Rebuild();
        if (!Succeeded(first)) return 1;
        // What the live site holds between rebuilds, once the collector has let go of the rest.
        var held = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first build: {first.TotalPages} pages in {first.Elapsed.TotalMilliseconds:0} ms; " +
            $"{held / (1 << 20)} MiB held between rebuilds, with the " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} collector"));

        IReadOnlyList<(string Name, string File, Func<string, string> Edit)> edits =
        [
            ("one project's text", $"content/projects/{project}/en.md",
                text => text + "\nA paragraph added by the benchmark.\n"),
            ("one project's area", $"content/projects/{project}/index.yaml",
                text => text.Replace("area_ha: ", "area_ha: 1", StringComparison.Ordinal)),
            ("a partial template", "themes/default/layouts/partials/office.html", text => text + "<!-- edited -->\n"),
            ("the base layout", "themes/default/layouts/base.html", text => text + "<!-- edited -->\n"),
        ];
        foreach (var (name, file, edit) in edits)
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal)) continue;
            var path = Path.Combine(root, file);
            var original = File.ReadAllText(path);
            var results = new List<RebuildResult>();
            var searches = new List<TimeSpan>();
            var pauses = new List<TimeSpan>();
            var processor = new List<TimeSpan>();
            var allocated = new List<long>();
            for (var run = 0; run <= runs * 2; run++)
            {
                // Every other run undoes the edit, so each run has a change to build; the first pair warms up the JIT.
                File.WriteAllText(path, run % 2 == 0 ? edit(original) : original);
                // The edited file is reported, as the preview's file watcher reports it.
                var paused = GC.GetTotalPauseDuration();
                var processorBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes();
                var result = live.Rebuild(touched: [file]);
                if (run >= 2) pauses.Add(GC.GetTotalPauseDuration() - paused);
                if (run >= 2) allocated.Add(GC.GetTotalAllocatedBytes() - allocatedBefore);
                if (run >= 2)
                    processor.Add(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processorBefore);
                if (!Succeeded(result)) return 1;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                if (result.SearchStale && !live.RefreshSearch(new DiagnosticBag())) return 1;
                if (run >= 2)
                {
                    results.Add(result);
                    if (result.SearchStale) searches.Add(clock.Elapsed);
                }
            }
            File.WriteAllText(path, original);
            var median = results.OrderBy(r => r.Elapsed).ElementAt(results.Count / 2);
            var stages = string.Join(", ", median.Stages.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}")));
            var fastest = results.Min(r => r.Elapsed).TotalMilliseconds;
            var used = processor.Order().ElementAt(processor.Count / 2).TotalMilliseconds;
            var search = searches.Count > 0 ? searches.Order().ElementAt(searches.Count / 2).TotalMilliseconds : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: median {median.Elapsed.TotalMilliseconds:0} ms (fastest {fastest:0}, processor {used:0}, " +
                $"allocated {allocated.Order().ElementAt(allocated.Count / 2) / (1 << 20)} MiB) " +
                $"over {results.Count} rebuilds ({stages} ms), " +
                $"{median.RenderedPages.Count} of {median.TotalPages} pages rendered, " +
                $"{median.FilesWritten} files written, garbage collection paused " +
                $"{pauses.Order().ElementAt(pauses.Count / 2).TotalMilliseconds:0} ms (median); " +
                $"search index refresh {search:0} ms"));
        }
        return 0;
    }

    private static bool Succeeded(RebuildResult result)
    {
        if (result.Succeeded) return true;
        foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
        return false;
    }
}
