using System.Threading.Channels;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// Watches a site's settings, content and themes. Changes come in bursts (an editor saving through a temporary file, git
/// switching branches), so they are gathered until the files have been quiet for a moment, then handed over together.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(400);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _root;

    /// <summary>Starts watching <c>content/</c> and <c>themes/</c> under <paramref name="root"/>.</summary>
    public SiteWatcher(string root)
    {
        _root = Path.GetFullPath(root);
        foreach (var folder in new[] { "content", "themes" }.Select(f => Path.Combine(_root, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => Note(e.FullPath);
            // Too many changes at once overflow the watcher: rebuild anyway, since a rebuild reads the whole site.
            watcher.Error += (_, _) => Note(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The files changed since the last call, relative to the site, once they have been quiet for a moment.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancel)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        var deadline = DateTime.UtcNow + Longest;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                break;
            }
        }
        while (_changes.Reader.TryRead(out var more)) changed.Add(more);
        return changed.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }

    // Hidden files (editors' swap files, .DS_Store) are not part of the site, which skips them too.
    private void Note(string path)
    {
        var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
        if (!relative.Split('/').Any(part => part.StartsWith('.'))) _changes.Writer.TryWrite(relative);
    }
}
