using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;
using ForeignAffairs.Validation;
using ForeignAffairs.Verification;

namespace ForeignAffairs.Incremental;

/// <summary>
/// A site kept built while it is edited. Each <see cref="Rebuild"/> loads the site again, works out what changed since the
/// last good build, renders only the pages that depend on it and writes only the files that differ, so that the output is
/// always what a full build of the site as it now is would write. A build with errors leaves the last good output as it was.
/// </summary>
public sealed class LiveSite
{
    private readonly BuildOptions _options;
    private readonly VerifiedPages _verified = new();
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private bool _outputStale;
    private MarkdownMemo _markdown = new();
    private readonly RenderMemory _memory = new();
    private readonly LoadedFolders _folders = new();
    private readonly CheckedEntries _checked = new();
    private GoodBuild? _last;

    /// <summary>A site to build from <paramref name="options"/>; nothing is built before the first <see cref="Rebuild"/>.</summary>
    public LiveSite(BuildOptions options) => _options = options;

    /// <summary>The site folder.</summary>
    public string Source => Path.GetFullPath(_options.Source);

    /// <summary>The folder the site is written to.</summary>
    public string Output => _options.OutputFolder;

    /// <summary>Whether a build has succeeded, so that there is a site to serve.</summary>
    public bool HasSite => _last is not null;

    /// <summary>
    /// Builds the site: wholly the first time, then only what changed. <paramref name="touched"/> names files reported changed
    /// (relative to the site folder), so that a file copied as it is gets copied again even when its length and time did not
    /// change; when given, it names every change since the last call (folders it does not name are taken as unchanged), as
    /// the preview's file watcher does. When the search index is stale afterwards, the pages are already written and
    /// <see cref="RefreshSearch"/> brings the index up to date.
    /// </summary>
    public RebuildResult Rebuild(BuildProgress? progress = null, IEnumerable<string>? touched = null)
    {
        var root = Source;
        // Files reported changed wait until a build that succeeds has copied them.
        _touched.UnionWith((touched ?? []).Select(t => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, t)))));
        // A file can change without its length or time changing (a copy that keeps the time): what was reported is read again.
        // When changes are reported, as the preview's watcher reports them, folders not reported are not looked at.
        foreach (var path in _touched) _folders.Forget(path);
        _folders.TrustReports = touched is not null;
        var clock = new StageClock(progress);
        var diagnostics = new DiagnosticBag();
        try
        {
            return BuildOnce(root, clock, diagnostics, progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Files can move while they are read (a git checkout, a folder deleted); the watcher reports them, and the
            // next build reads them as they are by then.
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File("content"),
                $"the site changed while it was being read: {ex.Message}",
                "save again, or wait for the next build");
            _markdown = new MarkdownMemo();
            _memory.Clear();
            return Failed(diagnostics, clock);
        }
    }

    private RebuildResult BuildOnce(string root, StageClock clock, DiagnosticBag diagnostics, BuildProgress? progress)
    {
        var memoFilledFromThisSite = false;
        RebuildResult Fail()
        {
            // Texts rendered for entries or settings that did not build must not serve the next build, which compares with the
            // last good one.
            if (memoFilledFromThisSite) _markdown = new MarkdownMemo();
            // Views filled for a site that did not build are not those of the last good build.
            _memory.Clear();
            return Failed(diagnostics, clock);
        }

        clock.Enter("load");
        if (_last is null && OutputFolder.Resolve(root, Output, diagnostics) is null) return Fail();
        var site = SiteBuilder.LoadSite(root, diagnostics, _options.BaseUrl, _folders, _checked);
        var theme = site is null ? null : ThemeLoader.Load(root, site.Config, diagnostics);
        if (site is null || theme is null || diagnostics.HasErrors) return Fail();

        clock.Enter("render");
        var search = SiteBuilder.FindSearch(root, site, theme, _options.Pagefind, diagnostics);
        var changes = _last is null
            ? null
            : SiteChanges.Between(_last.Site, _last.Theme, _last.Search is not null, site, theme, search is not null);
        var everything = _last is null || changes!.Everything is not null;
        var scope = everything ? RenderScope.Everything : RenderScope.Since(_last!.Rendered, changes!.Touches, changes!.Reach);
        // Rendered Markdown depends on which entries exist and on the settings: when those change, it is all rendered again.
        if (everything)
        {
            (_markdown, memoFilledFromThisSite) = (new MarkdownMemo(), true);
            _memory.Clear();
        }
        var rendered = SiteRenderer.Render(site, theme, search is not null, diagnostics, scope, progress, _markdown, memory: _memory);
        if (diagnostics.HasErrors) return Fail();
        var documents = everything
            ? SiteDocuments.For(site, rendered)
            : SiteDocuments.Update(site, rendered, _last!.Site, _last.Rendered, _last.Documents);
        if (_options.Verify)
        {
            clock.Enter("verify");
            _verified.Verify(rendered, documents, site.Config, diagnostics);
            if (diagnostics.HasErrors) return Fail();
        }

        clock.Enter("publish");
        var previous = _last;
        var whole = previous is null || _outputStale;
        int written, removed = 0;
        if (whole)
        {
            // The first build writes everything, search index included, as a full build does; so does the build after
            // one that failed while writing, which may have left the output half updated.
            OutputFolder.Publish(rendered, documents, Output, diagnostics, search);
            written = rendered.Pages.Count + rendered.Files.Count + documents.Count;
        }
        else
        {
            (written, removed) = OutputRefresh.Apply(
                previous!.Rendered, previous.Documents, rendered, documents, Output, _touched, diagnostics);
        }
        _outputStale = diagnostics.HasErrors && previous is not null;
        if (diagnostics.HasErrors) return Fail();
        _last = new GoodBuild(site, theme, search, rendered, documents);
        _touched.Clear();
        clock.End();

        var before = previous?.Rendered.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal) ?? [];
        var fresh = rendered.Pages.Where(p => !ReferenceEquals(before.GetValueOrDefault(p.Path), p)).ToArray();
        // Pagefind reads only the pages: the index is stale when one of them is new, gone or different, unless the whole
        // output, index included, was just written.
        var pagesChanged = before.Count != rendered.Pages.Count
            || fresh.Any(p => before.GetValueOrDefault(p.Path) is not { } old || old.Html != p.Html);
        return new RebuildResult(diagnostics.ToSortedList(), fresh.Select(p => p.Path).ToArray(), rendered.Pages.Count, written, removed,
            previous is null ? "the first build" : changes!.Everything, clock.Elapsed)
        {
            SearchStale = !whole && search is not null && pagesChanged,
            Stages = clock.Stages,
            Drafts = SiteBuilder.DraftsOf(site),
        };
    }

    private static RebuildResult Failed(DiagnosticBag diagnostics, StageClock clock)
    {
        clock.End();
        return new(diagnostics.ToSortedList(), [], 0, 0, 0, null, clock.Elapsed) { Stages = clock.Stages };
    }

    /// <summary>Indexes the written pages for search again, replacing the index once the new one is complete.</summary>
    public bool RefreshSearch(DiagnosticBag diagnostics) => _last?.Search is not { } search || search.Refresh(Output, diagnostics);

    // The last good build: what the output holds, and what the next rebuild compares the site with.
    private sealed record GoodBuild(
        Site Site,
        Theme Theme,
        SearchIndex? Search,
        RenderedSite Rendered,
        IReadOnlyList<PublishedDocument> Documents);
}
