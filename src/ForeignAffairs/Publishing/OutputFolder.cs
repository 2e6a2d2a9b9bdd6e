using System.Text;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The publish stage. Everything is written to a staging folder beside the output, which then replaces the output in one rename,
/// so a failed or interrupted build leaves the previous output exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>How pages are written: UTF-8 without a byte-order mark.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Checks that <paramref name="output"/> may be replaced by a build of the site in <paramref name="siteRoot"/>:
    /// it must not be the site folder, contain it, or lie inside its content or themes.
    /// </summary>
    public static bool Check(string siteRoot, string output, DiagnosticBag diagnostics)
    {
        var site = Normalize(siteRoot);
        var target = Normalize(output);
        string? problem = null;
        if (target == site) problem = "the output folder is the site folder itself";
        else if (site.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)) problem = "the output folder contains the site folder";
        else if (new[] { "content", "themes" }.Any(f => (target + Path.DirectorySeparatorChar).StartsWith(Path.Combine(site, f) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            problem = "the output folder is inside content/ or themes/, where it would be read as part of the site";
        else if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, "index.html")))
            problem = "the output folder holds files that do not look like a built site, and a build replaces everything in it";

        if (problem is null) return true;
        diagnostics.Error(DiagnosticCodes.InvalidOutput, SourceLocation.File(output), problem, "choose an empty or new folder, such as <site>/output");
        return false;
    }

    /// <summary>
    /// Writes <paramref name="rendered"/> and <paramref name="documents"/> to a staging folder and swaps it in as
    /// <paramref name="output"/>. Returns the number of bytes written.
    /// </summary>
    /// <remarks>When <paramref name="search"/> is given, the written pages are indexed before the swap; a failed index stops the swap.</remarks>
    public static long Publish(RenderedSite rendered, IReadOnlyList<PublishedDocument> documents, string output, DiagnosticBag diagnostics, SearchIndex? search = null)
    {
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("the output cannot be a file-system root", nameof(output));
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);

        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        try
        {
            var bytes = Write(rendered, documents, staging);
            if (search is not null && !search.Build(staging, diagnostics))
            {
                Directory.Delete(staging, recursive: true);
                return 0;
            }
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
            if (Directory.Exists(previous)) DeleteInParallel(previous);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(output), $"the site could not be written: {ex.Message}",
                "the previous output is unchanged");
            return 0;
        }
    }

    // Files are written in parallel: on many disks creating files, not computing pages, is what takes the time.
    // Each file's bytes do not depend on the order, so the output stays deterministic.
    private static long Write(RenderedSite rendered, IReadOnlyList<PublishedDocument> documents, string staging)
    {
        Directory.CreateDirectory(staging);
        var targets = rendered.Pages.Select(p => p.Path).Concat(rendered.Files.Select(f => f.Path)).Concat(documents.Select(d => d.Path))
            .Select(p => Within(staging, p)).ToArray();
        foreach (var folder in targets.Select(Path.GetDirectoryName).Distinct()) Directory.CreateDirectory(folder!);

        long bytes = 0;
        var pageCount = rendered.Pages.Count;
        var fileCount = rendered.Files.Count;
        Parallel.For(0, targets.Length, i =>
        {
            long written;
            if (i < pageCount || i >= pageCount + fileCount)
            {
                var data = i < pageCount ? Utf8.GetBytes(rendered.Pages[i].Html) : documents[i - pageCount - fileCount].Content;
                File.WriteAllBytes(targets[i], data);
                written = data.Length;
            }
            else
            {
                Copy(rendered.Files[i - pageCount].SourcePath, targets[i]);
                written = new FileInfo(targets[i]).Length;
            }
            Interlocked.Add(ref bytes, written);
        });
        return bytes;
    }

    /// <summary>The full path of <paramref name="relative"/> in <paramref name="folder"/>, refusing one that would lead outside it.</summary>
    internal static string Within(string folder, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refusing to write {relative} outside the output folder");
        return path;
    }

    /// <summary>Copies a file with its time, by which a later refresh tells that the copy is current.</summary>
    internal static void Copy(string source, string target)
    {
        File.Copy(source, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
    }

    // A build killed mid-way leaves its staging (or, between the two renames, previous) folder behind.
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.previous-*")))
        {
            if (leftover.Contains(".previous-", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(parent, name)))
                Directory.Move(leftover, Path.Combine(parent, name));
            else
                Directory.Delete(leftover, recursive: true);
        }
    }

    private static void DeleteInParallel(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
