using System.Collections.Concurrent;
using System.Globalization;
using ForeignAffairs.FileSystem;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The folder a build writes into, beside the output: pages go there as soon as they are rendered, and the folder
/// replaces the output in one rename once everything succeeded (<see cref="Swap"/>). Disposed before that, it is
/// removed, and the previous output stays exactly as it was.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _previous;
    private long _bytes;
    // Every file written, as a path in the folder: what the build publishes, without walking the folder for it.
    private readonly ConcurrentQueue<string> _written = new();
    private Exception? _failure;
    private bool _swapped;

    private readonly bool _keepOthers;

    private StagingFolder(string target, string folder, string previous, bool keepOthers) =>
        (_target, Folder, _previous, _keepOthers) = (target, folder, previous, keepOthers);

    /// <summary>The staging folder itself.</summary>
    public string Folder { get; }

    /// <summary>The bytes written so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The first write that failed, if one did; the folder must then not replace the output.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>
    /// Creates the staging folder for <paramref name="output"/> (a real path, links resolved), removing what builds
    /// that were killed left beside it. With <paramref name="keepOthers"/>, files of the output that no build published
    /// are carried over; without, the output is the build's alone, as the preview's own folder is.
    /// </summary>
    public static StagingFolder Create(string output, bool keepOthers = true)
    {
        var target = OutputFolder.Normalize(output);
        var parent = Path.GetDirectoryName(target)
            ?? throw new ArgumentException("the output cannot be a file-system root", nameof(output));
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);
        var staging = new StagingFolder(target, Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}"),
            Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}"), keepOthers);
        Directory.CreateDirectory(staging.Folder);
        return staging;
    }

    /// <summary>
    /// Writes a rendered page, from any thread; a failure is kept in <see cref="Failure"/> rather than thrown.
    /// </summary>
    public void Write(RenderedPage page) =>
        Guard(target => OutputFolder.WritePage(target, page.Markup.Span), page.Path);

    /// <summary>
    /// Writes <paramref name="data"/> as <paramref name="relative"/>, from any thread; a failure is kept in
    /// <see cref="Failure"/>.
    /// </summary>
    public void Write(string relative, ReadOnlyMemory<byte> data) => Guard(target =>
    {
        File.WriteAllBytes(target, data.Span);
        return data.Length;
    }, relative);

    /// <summary>
    /// Copies <paramref name="file"/> to its place, with its time; a failure is kept in <see cref="Failure"/>.
    /// </summary>
    public void Copy(CopiedFile file) => Guard(target =>
    {
        OutputFolder.Copy(file, target);
        return new FileInfo(target).Length;
    }, file.Path);

    private void Guard(Func<string, long> write, string relative)
    {
        if (Failure is not null) return;
        try
        {
            var target = OutputFolder.Within(Folder, relative);
            // A staging folder that something else removed is made again here, but without the files written before:
            // Swap finds them missing, and the folder is removed.
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Interlocked.Add(ref _bytes, write(target));
            _written.Enqueue(relative);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>
    /// The entries of the output that the previous build did not publish, which the new output keeps: a deploy folder's
    /// own files. Those the new site would replace are returned as <paramref name="clashes"/>; the output may not be
    /// swapped then.
    /// </summary>
    public IReadOnlyList<string> Kept(out IReadOnlyList<string> clashes)
    {
        if (!_keepOthers || !Directory.Exists(_target))
        {
            clashes = [];
            return [];
        }
        var kept = OutputManifest.Others(_target, OutputManifest.Read(_target) ?? []);
        // A kept entry clashes when the new site has something of the same name, or a file where it needs a folder.
        clashes = kept.Where(k => FileStatus.Kind(Path.Combine(Folder, k)) != FileKind.Missing
            || OutputManifest.Ancestors(k)
                .Any(a => FileStatus.Kind(Path.Combine(Folder, a)) is not (FileKind.Folder or FileKind.Missing)))
            .ToArray();
        return kept;
    }

    /// <summary>
    /// Puts the staging folder in the output's place, carrying <paramref name="kept"/> over from the output (see
    /// <see cref="Kept"/>); the previous output is removed only once the new one is there.
    /// </summary>
    public void Swap(IReadOnlyList<string> kept)
    {
        // Every file written must still be there: a folder emptied from outside must not replace the output.
        var written = _written.Distinct(StringComparer.Ordinal).ToArray();
        if (AnyMissing(written))
            throw new IOException(
                $"files written to the staging folder {Folder} were removed while the site was being written");
        // The manifest lists what this build published; what it does not list, a later build carries over (or, after a
        // crash, back). An output that is the build's alone needs none.
        if (_keepOthers)
            OutputManifest.Write(Folder, [.. written.Concat(WrittenByOthers(written)).Order(StringComparer.Ordinal)]);
        var carried = new List<string>();
        try
        {
            foreach (var entry in kept)
            {
                Move(Path.Combine(_target, entry), Path.Combine(Folder, entry));
                carried.Add(entry);
            }
            FolderSwap.Replace(_target, Folder, _previous);
            _swapped = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var entry in carried) Move(Path.Combine(Folder, entry), Path.Combine(_target, entry));
            throw;
        }
        // The new site is in place; a previous output that cannot be removed now is removed as a leftover by the next
        // build.
        TryDelete(_previous);
    }

    // Whether a file of the folder is gone, looked for on every core: a site has tens of thousands.
    private bool AnyMissing(IReadOnlyList<string> files) =>
        !FileLoops.ForEach(files, (file, loop) =>
        {
            if (FileStatus.Kind(Path.Combine(Folder, file)) == FileKind.Missing) loop.Stop();
        }).IsCompleted;

    // The files that another program wrote beside the build's own (the search index, and whatever it left behind):
    // those of the folder's entries in which the build wrote nothing, found by walking them alone.
    private IEnumerable<string> WrittenByOthers(IReadOnlyList<string> written)
    {
        var own = written.Select(file => file.IndexOf('/') is var slash and >= 0 ? file[..slash] : file)
            .ToHashSet(StringComparer.Ordinal);
        return FolderListing.Of(Folder)
            .Where(e => e.Name != OutputManifest.FileName && !own.Contains(e.Name))
            .SelectMany(e => e.Kind == FileKind.Folder ? OutputManifest.List(Folder, e.Name) : [e.Name])
            .ToArray();
    }

    // Moves a file, link or folder without following links, making the folders that hold it. A link is made again where
    // it goes, since .NET moves only what a link leads to.
    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        switch (FileStatus.Kind(from))
        {
            case FileKind.Folder:
                Directory.Move(from, to);
                break;
            case FileKind.Link:
                File.CreateSymbolicLink(to, new FileInfo(from).LinkTarget!);
                File.Delete(from);
                break;
            default:
                File.Move(from, to);
                break;
        }
    }

    /// <summary>
    /// Removes the staging folder unless it has become the output; what cannot be removed now, the next build removes.
    /// </summary>
    public void Dispose()
    {
        if (!_swapped) TryDelete(Folder);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) DeleteInParallel(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or AggregateException)
        {
        }
    }

    // A build killed mid-way leaves its staging (or, between the two renames, previous) folder behind. A staging folder
    // may hold the deploy folder's own files, carried over just before the swap: those its manifest does not list go
    // back first.
    private static void RemoveLeftovers(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.previous-*")
            .Concat(Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
            .Where(l => !IsOfRunningProcess(l) && FileStatus.Kind(l) == FileKind.Folder)
            .ToArray();
        foreach (var leftover in leftovers)
        {
            if (leftover.Contains(".previous-", StringComparison.Ordinal) && !Directory.Exists(output))
                Directory.Move(leftover, output);
            else if (OutputManifest.Read(leftover) is { } published)
            {
                foreach (var entry in OutputManifest.Others(leftover, published))
                {
                    var back = Path.Combine(output, entry);
                    if (FileStatus.Kind(back) == FileKind.Missing) Move(Path.Combine(leftover, entry), back);
                }
            }
            if (Directory.Exists(leftover)) DeleteInParallel(leftover);
        }
    }

    private static bool IsOfRunningProcess(string folder)
    {
        if (!int.TryParse(folder[(folder.LastIndexOf('-') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture,
                out var pid)
            || pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
    }

    // Links inside are removed, never followed. On every core a top folder at a time: removals from one folder wait for
    // each other, and removing the thousand folders of a language's projects on every core took longer (the previous
    // output of 1,000 projects in three languages, 60 against 26 to 40 ms).
    private static void DeleteInParallel(string folder)
    {
        FileLoops.ForEach(FolderListing.Of(folder).Where(e => e.Kind == FileKind.Folder),
            (sub, _) => Directory.Delete(Path.Join(folder, sub.Name), recursive: true));
        Directory.Delete(folder, recursive: true);
    }
}
