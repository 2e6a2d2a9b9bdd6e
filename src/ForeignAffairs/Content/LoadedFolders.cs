using System.Collections.Concurrent;
using System.Text;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Content;

/// <summary>
/// What earlier loads read from each entry folder, kept by the names, lengths and modification times of its files: the
/// preview reads again only the folders whose files changed (or were reported changed), so that a rebuild of a large
/// site costs what the change costs, not what the site costs. Folders are read again whole when the site settings
/// change.
/// </summary>
internal sealed class LoadedFolders
{
    private readonly ConcurrentDictionary<string, Loaded> _folders = new(StringComparer.Ordinal);
    private string? _settings;

    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    private sealed record Loaded(string Signature, EntrySource Source, DiagnosticBag Diagnostics);

    // What a folder of content/ or of a collection listed, with what listing it reported (stray files, symbolic links).
    private sealed record Listing(IReadOnlyList<FileSystemInfo> Entries, DiagnosticBag Diagnostics)
    {
        private readonly HashSet<string> _names = Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        // Whether the list still holds after a change reported at path: a change to the folder, to what holds it or to
        // one of its entries themselves may add, remove or replace an entry; a change inside an entry's folder adds or
        // removes nothing here, unless that folder is not listed or is gone.
        public bool Survives(string folder, string path)
        {
            if (path == folder || IsUnder(folder, path)) return false;
            if (!IsUnder(path, folder)) return true;
            var inside = path[(folder.Length + 1)..];
            var separator = inside.IndexOf(Path.DirectorySeparatorChar);
            return separator > 0 && _names.Contains(inside[..separator])
                && Directory.Exists(Path.Combine(folder, inside[..separator]));
        }
    }

    /// <summary>
    /// Forgets the folders that hold <paramref name="fullPath"/>, or lie under it, so that they are read again; and the
    /// lists of the folders where it may have added or removed an entry.
    /// </summary>
    public void Forget(string fullPath)
    {
        var path = Path.TrimEndingDirectorySeparator(fullPath);
        foreach (var folder in _folders.Keys)
            if (path == folder || IsUnder(path, folder) || IsUnder(folder, path)) _folders.TryRemove(folder, out _);
        foreach (var (folder, listing) in _listings)
            if (!listing.Survives(folder, path)) _listings.TryRemove(folder, out _);
    }

    private bool _trusted;

    /// <summary>
    /// Whether the next loads may take a folder read before as unchanged without looking at its files: true when every
    /// change is reported through <see cref="Forget"/>, as the preview's file watcher does; its overflow forgets the
    /// whole content folder.
    /// </summary>
    public bool TrustReports
    {
        get => Volatile.Read(ref _trusted);
        set => Volatile.Write(ref _trusted, value);
    }

    // Whether path lies inside folder; asked of every folder of a large site at each reported change, so without a new
    // string.
    private static bool IsUnder(string path, string folder) =>
        path.Length > folder.Length && path[folder.Length] == Path.DirectorySeparatorChar
        && path.StartsWith(folder, StringComparison.Ordinal);

    /// <summary>
    /// Starts a load with <paramref name="settings"/> (site.yaml as written): other settings make every folder be read
    /// again.
    /// </summary>
    internal void Start(string settings)
    {
        if (_settings != settings) _folders.Clear();
        _settings = settings;
    }

    /// <summary>
    /// What <paramref name="folder"/> listed before, while reports say nothing was added to or removed from it
    /// (<see cref="TrustReports"/>), else what <paramref name="list"/> lists now: a rebuild of a large site does not
    /// list every entry folder again.
    /// </summary>
    internal IReadOnlyList<FileSystemInfo> GetOrList(DirectoryInfo folder, DiagnosticBag diagnostics,
        Func<DiagnosticBag, IReadOnlyList<FileSystemInfo>> list)
    {
        if (!TrustReports || !_listings.TryGetValue(folder.FullName, out var listing))
        {
            var own = new DiagnosticBag();
            listing = new Listing(list(own), own);
            _listings[folder.FullName] = listing;
        }
        diagnostics.AddRange(listing.Diagnostics);
        return listing.Entries;
    }

    /// <summary>Forgets the folders that are no longer entries of the site.</summary>
    internal void Retain(IEnumerable<string> folders)
    {
        var kept = folders.ToHashSet(StringComparer.Ordinal);
        foreach (var folder in _folders.Keys.Where(f => !kept.Contains(f))) _folders.TryRemove(folder, out _);
    }

    /// <summary>
    /// The entry in <paramref name="folder"/> as loaded before when none of its files changed, else loaded now by
    /// <paramref name="load"/>.
    /// </summary>
    internal EntrySource GetOrLoad(DirectoryInfo folder, DiagnosticBag diagnostics,
        Func<DiagnosticBag, EntrySource> load)
    {
        if (TrustReports && _folders.TryGetValue(folder.FullName, out var known))
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.Source;
        }
        var signature = Signature(folder);
        if (!_folders.TryGetValue(folder.FullName, out var loaded) || loaded.Signature != signature)
        {
            var own = new DiagnosticBag();
            loaded = new Loaded(signature, load(own), own);
            _folders[folder.FullName] = loaded;
        }
        diagnostics.AddRange(loaded.Diagnostics);
        return loaded.Source;
    }

    // Every file and folder below, with its kind, length and time: an edit, a new or removed file or a rename changes
    // it.
    /// <summary>
    /// What a folder holds, by path, time, length and whether a file is a link: equal signatures, unchanged files.
    /// </summary>
    internal static string Signature(DirectoryInfo folder)
    {
        var signature = new StringBuilder();
        foreach (var info in folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .OrderBy(i => i.FullName, StringComparer.Ordinal))
        {
            signature.Append(info.FullName).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('|')
                .Append(info is FileInfo file ? file.Length : -1).Append('|')
                .Append(FileStatus.IsLink(info) ? "link" : "").Append('\n');
        }
        return signature.ToString();
    }
}
