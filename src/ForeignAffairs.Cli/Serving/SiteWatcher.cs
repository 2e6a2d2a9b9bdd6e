using System.Threading.Channels;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// Watches a site's settings, content and themes. Changes come in bursts (an editor saving through a temporary file,
/// git switching branches), so they are gathered until the files have been quiet for a moment, then handed over
/// together.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(400);
    private static readonly string[] Watched = ["content", "themes"];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _folders;
    private readonly Lock _lock = new();
    private readonly string _root;
    private bool _disposed;

    /// <summary>
    /// Starts watching <c>content/</c> and <c>themes/</c> under <paramref name="root"/>, and each of them that is made
    /// later: a site that uses the built-in theme has no <c>themes/</c> until it overrides a file.
    /// </summary>
    public SiteWatcher(string root)
    {
        _root = Path.GetFullPath(root);
        _folders = new FileSystemWatcher(_root) { NotifyFilter = NotifyFilters.DirectoryName };
        _folders.Created += (_, e) => Appeared(e.FullPath);
        _folders.Renamed += (_, e) =>
        {
            Appeared(e.OldFullPath);
            Appeared(e.FullPath);
        };
        _folders.Deleted += (_, e) => Appeared(e.FullPath);
        _folders.EnableRaisingEvents = true;
        foreach (var folder in Watched) Watch(Path.Combine(_root, folder));
    }

    /// <summary>
    /// The files changed since the last call, relative to the site, once they have been quiet for a moment.
    /// </summary>
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
                // A file saved by emptying it and then writing it anew may be caught in between, on a busy machine:
                // an empty file waits for more, until the longest wait.
                if (!changed.Any(IsEmpty)) break;
            }
        }
        while (_changes.Reader.TryRead(out var more)) changed.Add(more);
        return changed.ToArray();
    }

    private bool IsEmpty(string relative)
    {
        var file = new FileInfo(Path.Combine(_root, relative));
        return file.Exists && file.Length == 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _folders.Dispose();
            foreach (var watcher in _watchers.Values) watcher.Dispose();
        }
    }

    // A watched folder made, moved in or out of place or removed: it is watched afresh, and the site is built again.
    private void Appeared(string path)
    {
        if (!Watched.Contains(Path.GetFileName(path), StringComparer.Ordinal)) return;
        Watch(path);
        Note(path);
    }

    private void Watch(string folder)
    {
        lock (_lock)
        {
            if (_watchers.Remove(folder, out var previous)) previous.Dispose();
            if (_disposed || !Directory.Exists(folder)) return;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter =
                    NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            // A move reports where the file or folder went and where it was: both folders' entries changed.
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            // Too many changes at once overflow the watcher: rebuild anyway, since a rebuild reads the whole site.
            watcher.Error += (_, _) => Note(folder);
            watcher.EnableRaisingEvents = true;
            _watchers[folder] = watcher;
        }
    }

    // Hidden files (editors' swap files, .DS_Store) are not part of the site, which skips them too.
    private void Note(string path)
    {
        var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
        if (!relative.Split('/').Any(part => part.StartsWith('.'))) _changes.Writer.TryWrite(relative);
    }
}
