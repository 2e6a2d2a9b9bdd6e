using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The folder a build writes into, beside the output: pages go there as soon as they are rendered, and the folder replaces
/// the output in one rename once everything succeeded (<see cref="Swap"/>). Disposed before that, it is removed, and the
/// previous output stays exactly as it was.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _previous;
    private long _bytes;
    private int _files;
    private Exception? _failure;
    private bool _swapped;

    private StagingFolder(string target, string folder, string previous) => (_target, Folder, _previous) = (target, folder, previous);

    /// <summary>The staging folder itself.</summary>
    public string Folder { get; }

    /// <summary>The bytes written so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The first write that failed, if one did; the folder must then not replace the output.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>Creates the staging folder for <paramref name="output"/>, removing what builds that were killed left beside it.</summary>
    public static StagingFolder Create(string output)
    {
        var target = OutputFolder.Normalize(output);
        var parent = Path.GetDirectoryName(target)
            ?? throw new ArgumentException("the output cannot be a file-system root", nameof(output));
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);
        var staging = new StagingFolder(target, Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}"),
            Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}"));
        Directory.CreateDirectory(staging.Folder);
        return staging;
    }

    /// <summary>Writes a rendered page, from any thread; a failure is kept in <see cref="Failure"/> rather than thrown.</summary>
    public void Write(RenderedPage page) => Write(page.Path, OutputFolder.Utf8.GetBytes(page.Html!));

    /// <summary>
    /// Writes <paramref name="data"/> as <paramref name="relative"/>, from any thread; a failure is kept in
    /// <see cref="Failure"/>.
    /// </summary>
    public void Write(string relative, byte[] data) => Guard(target =>
    {
        File.WriteAllBytes(target, data);
        return data.Length;
    }, relative);

    /// <summary>
    /// Copies <paramref name="source"/> as <paramref name="relative"/>, with its time; a failure is kept in
    /// <see cref="Failure"/>.
    /// </summary>
    public void Copy(string source, string relative) => Guard(target =>
    {
        OutputFolder.Copy(source, target);
        return new FileInfo(target).Length;
    }, relative);

    private void Guard(Func<string, long> write, string relative)
    {
        if (Failure is not null) return;
        try
        {
            var target = OutputFolder.Within(Folder, relative);
            // The folder itself is never made again: if it is gone, something else removed it, and the site in it is not whole.
            if (!Directory.Exists(Folder))
                throw new IOException($"the staging folder {Folder} was removed while the site was being written");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Interlocked.Add(ref _bytes, write(target));
            Interlocked.Increment(ref _files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>Puts the staging folder in the output's place; the previous output is removed only once the new one is there.</summary>
    public void Swap()
    {
        // Every file written must still be there: a folder emptied from outside must not replace the output.
        var present = Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Count() : 0;
        if (present < Volatile.Read(ref _files))
            throw new IOException($"files written to the staging folder {Folder} were removed while the site was being written");
        try
        {
            if (Directory.Exists(_target)) Directory.Move(_target, _previous);
            Directory.Move(Folder, _target);
            _swapped = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(_target) && Directory.Exists(_previous)) Directory.Move(_previous, _target);
            throw;
        }
        // The new site is in place; a previous output that cannot be removed now is removed as a leftover by the next build.
        TryDelete(_previous);
    }

    /// <summary>Removes the staging folder unless it has become the output; what cannot be removed now, the next build removes.</summary>
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

    // A build killed mid-way leaves its staging (or, between the two renames, previous) folder behind.
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.previous-*")))
        {
            // The folder of a build still running, into the same output, is that build's, not a leftover.
            if (IsOfRunningProcess(leftover)) continue;
            if (leftover.Contains(".previous-", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(parent, name)))
                Directory.Move(leftover, Path.Combine(parent, name));
            else
                Directory.Delete(leftover, recursive: true);
        }
    }

    private static bool IsOfRunningProcess(string folder)
    {
        if (!int.TryParse(folder[(folder.LastIndexOf('-') + 1)..], out var pid) || pid == Environment.ProcessId) return false;
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

    private static void DeleteInParallel(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }
}
