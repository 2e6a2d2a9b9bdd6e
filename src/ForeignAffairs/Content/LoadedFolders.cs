using System.Collections.Concurrent;
using System.Text;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Content;

/// <summary>
/// What earlier loads read from each entry folder, kept by the names, lengths and modification times of its files: the
/// preview reads again only the folders whose files changed (or were reported changed), so that a rebuild of a large site
/// costs what the change costs, not what the site costs. Folders are read again whole when the site settings change.
/// </summary>
public sealed class LoadedFolders
{
    private readonly ConcurrentDictionary<string, Loaded> _folders = new(StringComparer.Ordinal);
    private string? _settings;

    private sealed record Loaded(string Signature, EntrySource Source, DiagnosticBag Diagnostics);

    /// <summary>Forgets the folders that hold <paramref name="fullPath"/>, or lie under it, so that they are read again.</summary>
    public void Forget(string fullPath)
    {
        var path = Path.TrimEndingDirectorySeparator(fullPath);
        foreach (var folder in _folders.Keys)
        {
            if (path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || folder.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                _folders.TryRemove(folder, out _);
        }
    }

    private bool _trusted;

    /// <summary>
    /// Whether the next loads may take a folder read before as unchanged without looking at its files: true when every change
    /// is reported through <see cref="Forget"/>, as the preview's file watcher does; its overflow forgets the whole content folder.
    /// </summary>
    public bool TrustReports
    {
        get => Volatile.Read(ref _trusted);
        set => Volatile.Write(ref _trusted, value);
    }

    /// <summary>
    /// Starts a load with <paramref name="settings"/> (site.yaml as written): other settings make every folder be read
    /// again.
    /// </summary>
    internal void Start(string settings)
    {
        if (_settings != settings) _folders.Clear();
        _settings = settings;
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
    internal EntrySource GetOrLoad(DirectoryInfo folder, DiagnosticBag diagnostics, Func<DiagnosticBag, EntrySource> load)
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

    // Every file and folder below, with its kind, length and time: an edit, a new or removed file or a rename changes it.
    private static string Signature(DirectoryInfo folder)
    {
        var signature = new StringBuilder();
        foreach (var info in folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .OrderBy(i => i.FullName, StringComparer.Ordinal))
        {
            signature.Append(info.FullName).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('|')
                .Append(info is FileInfo file ? file.Length : -1).Append('|').Append(info.LinkTarget is null ? "" : "link").Append('\n');
        }
        return signature.ToString();
    }
}
