using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// The rebuilds of a preview: each one is reported on the terminal and shown to the open pages at once, while the
/// search index is refreshed behind them, one refresh at a time.
/// </summary>
internal sealed class PreviewSession
{
    private readonly LiveSite _live;
    private readonly PreviewStatus _status;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Channel<bool> _searchWanted =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Task _searching;
    private IReadOnlyList<string> _drafts = [];

    public PreviewSession(LiveSite live, PreviewStatus status, TextWriter stdout, TextWriter stderr)
    {
        (_live, _status, _stdout, _stderr) = (live, status, stdout, stderr);
        _searching = RefreshSearchAsync();
    }

    /// <summary>
    /// Builds the site the first time, then rebuilds once with nothing to do, which compiles the rebuild's code so that
    /// the first edit is as quick as the next ones.
    /// </summary>
    public void Start()
    {
        Rebuild([]);
        if (_live.HasSite) Rebuild([], quietWhenUnchanged: true);
    }

    /// <summary>Rebuilds after <paramref name="changed"/> (paths relative to the site) changed.</summary>
    public void Rebuild(IReadOnlyList<string> changed, bool quietWhenUnchanged = false)
    {
        RebuildResult result;
        using (var progress = new ConsoleProgress(_stderr, ConsoleProgress.IsTerminal(_stderr)))
            result = _live.Rebuild(progress.Progress, changed);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var unchanged = result.Succeeded && result.FilesWritten + result.FilesRemoved == 0 && _status.Errors.Count == 0
            && _status.HasSite;
        // Open pages reload only when there is something new to show: other pages, or other errors.
        if (!unchanged) _status.Publish(errors, _live.HasSite);
        if (result.SearchStale) _searchWanted.Writer.TryWrite(true);
        if (unchanged && quietWhenUnchanged) return;

        var prefix = changed.Count > 0 ? Describe(changed) + ": " : "";
        DiagnosticReport.WriteText(result.Diagnostics, _stderr);
        if (!result.Succeeded)
        {
            _stderr.WriteLine($"{prefix}the site has {DiagnosticReport.Count(result.Diagnostics)}; " +
                              (_live.HasSite ? "the preview shows them over the last good site."
                                  : "the preview shows them until they are fixed."));
        }
        else
        {
            var every = result.Reason is { } reason ? $" ({reason})" : "";
            _stdout.WriteLine($"{prefix}rendered {result.RenderedPages.Count} of {result.TotalPages} pages{every} " +
                              $"and wrote {result.FilesWritten} file(s) " +
                              $"in {Milliseconds(result.Elapsed)} ms.");
            if (!result.Drafts.SequenceEqual(_drafts, StringComparer.Ordinal))
            {
                _drafts = result.Drafts;
                if (_drafts.Count > 0)
                    _stdout.WriteLine("Drafts are not previewed until their 'draft: true' line is deleted: " +
                        $"{string.Join(", ", _drafts)}.");
            }
        }
        _stdout.Flush();
    }

    /// <summary>Waits for the search refresh under way, if any, and stops refreshing.</summary>
    public Task StopAsync()
    {
        _searchWanted.Writer.TryComplete();
        return _searching;
    }

    // Names the files that changed; editors' temporary files, gone by now, are left out unless nothing else changed.
    private string Describe(IReadOnlyList<string> changed)
    {
        var files = changed.Where(f => File.Exists(Path.Combine(_live.Source, f))).DefaultIfEmpty(changed[0]).ToArray();
        return files.Length == 1 ? $"{files[0]} changed" : $"{files[0]} and {files.Length - 1} other file(s) changed";
    }

    private async Task RefreshSearchAsync()
    {
        await foreach (var _ in _searchWanted.Reader.ReadAllAsync())
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var refreshed = await Task.Run(() => _live.RefreshSearch(diagnostics));
            // A refresh that raced with a rebuild may fail on a page that moved; the refresh asked for by that rebuild
            // follows.
            if (refreshed) _stdout.WriteLine($"Search index updated in {Milliseconds(clock.Elapsed)} ms.");
            else if (!_searchWanted.Reader.TryPeek(out bool _))
                DiagnosticReport.WriteText(diagnostics.ToSortedList(), _stderr);
            _stdout.Flush();
        }
    }

    private static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
