using ForeignAffairs.Diagnostics;
using ForeignAffairs.Pipeline;

namespace ForeignAffairs.Incremental;

/// <summary>
/// A site kept built while it is edited. Each <see cref="Rebuild"/> loads the site again, works out what changed since
/// the last good build, renders only the pages that depend on it and writes only the files that differ, so that the
/// output is always what a full build of the site as it now is would write. A build with errors leaves the last good
/// output as it was.
/// </summary>
internal sealed class LiveSite : IDisposable
{
    private readonly BuildOptions _options;
    private readonly BuildMemory _memory = BuildMemory.Kept();
    private readonly LiveOutput _output;
    private readonly BuildPipeline _pipeline;

    /// <summary>
    /// A site to build from <paramref name="options"/>; nothing is built before the first <see cref="Rebuild"/>.
    /// </summary>
    public LiveSite(BuildOptions options)
    {
        _options = options;
        _output = new LiveOutput(options.OutputFolder);
        _pipeline = new BuildPipeline(options, _memory, _output);
    }

    /// <summary>The site folder.</summary>
    public string Source => Path.GetFullPath(_options.Source);

    /// <summary>The folder the site is written to.</summary>
    public string Output => _options.OutputFolder;

    /// <summary>Whether a build has succeeded, so that there is a site to serve.</summary>
    public bool HasSite => _memory.Last is not null;

    /// <summary>
    /// Builds the site: wholly the first time, then only what changed. <paramref name="touched"/> names files reported
    /// changed (relative to the site folder), so that a file copied as it is gets copied again even when its length and
    /// time did not change; when given, it names every change since the last call (folders it does not name are taken
    /// as unchanged), as the preview's file watcher does. When the search index is stale afterwards, the pages are
    /// already written and <see cref="RefreshSearch"/> brings the index up to date.
    /// </summary>
    public RebuildResult Rebuild(BuildProgress? progress = null, IEnumerable<string>? touched = null)
    {
        var root = Source;
        // Files reported changed wait until a build that succeeds has copied them.
        _output.Touched.UnionWith((touched ?? []).Select(t =>
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, t)))));
        // A file can change without its length or time changing (a copy that keeps the time): what was reported is read
        // again. When changes are reported, as the preview's watcher reports them, folders not reported are not looked
        // at.
        var folders = _memory.Folders!;
        foreach (var path in _output.Touched) folders.Forget(path);
        folders.TrustReports = touched is not null;
        var clock = new StageClock(progress);
        var diagnostics = new DiagnosticBag();
        try
        {
            return Result(_pipeline.Run(clock, diagnostics, progress), clock, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Files can move while they are read (a git checkout, a folder deleted); the watcher reports them, and the
            // next build reads them as they are by then.
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File("content"),
                $"the site changed while it was being read: {ex.Message}",
                "save again, or wait for the next build");
            _memory.Failed(renderedAnew: true);
            _output.Abandon();
            clock.End();
            return Failed(clock, diagnostics);
        }
    }

    private static RebuildResult Failed(StageClock clock, DiagnosticBag diagnostics) =>
        new(diagnostics.ToSortedList(), [], 0, 0, 0, null, clock.Elapsed) { Stages = clock.Stages };

    private static RebuildResult Result(BuildRun run, StageClock clock, DiagnosticBag diagnostics)
    {
        if (run.Built is not { } built) return Failed(clock, diagnostics);
        var rendered = built.Rendered;
        var fresh = built.Change.Anew;
        // Pagefind reads only the pages: the index is stale when one of them is new, gone or different, unless the
        // whole output, index included, was just written.
        var pagesChanged = built.Change.Gone.Count > 0 || built.Change.Differ.Count > 0;
        return new RebuildResult(diagnostics.ToSortedList(), fresh.Select(p => p.Path).ToArray(), rendered.Pages.Count,
            run.Published.Written, run.Published.Removed, run.Reason, clock.Elapsed)
        {
            SearchStale = !run.Published.Whole && built.Search is not null && pagesChanged,
            Stages = clock.Stages,
            Drafts = SiteBuilder.DraftsOf(run.Site),
        };
    }

    /// <summary>Indexes the written pages for search again, replacing the index once the new one is complete.</summary>
    public bool RefreshSearch(DiagnosticBag diagnostics) =>
        _memory.Last?.Search is not { } search || search.Refresh(Output, diagnostics);

    /// <summary>Releases what the output holds.</summary>
    public void Dispose() => _output.Dispose();
}
