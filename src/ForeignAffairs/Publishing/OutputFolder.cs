using System.Buffers;
using System.Text;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The publish stage. Everything is written to a staging folder beside the output, which then replaces the output in
/// one rename, so a failed or interrupted build leaves the previous output exactly as it was.
/// </summary>
internal static class OutputFolder
{
    // The folders of a site that are read as its content and theme.
    private static readonly string[] SiteFolders = ["content", "themes"];

    /// <summary>How pages are written: UTF-8 without a byte-order mark.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="html"/> to <paramref name="target"/> in UTF-8; returns the bytes written.
    /// </summary>
    internal static int WritePage(string target, ReadOnlySpan<char> html)
    {
        // Encoded into a buffer that is used again for the next page: pages are most of what a build allocates, and a
        // list of 10,000 projects would otherwise be a new array of megabytes on every rebuild that writes it. Sized
        // exactly, not for the worst case (three bytes a character): the pool keeps what it lends.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(html));
        try
        {
            var length = Utf8.GetBytes(html, buffer);
            File.WriteAllBytes(target, buffer.AsSpan(0, length));
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Where a build of the site in <paramref name="siteRoot"/> publishes <paramref name="output"/>: the folder it
    /// really is, symbolic links resolved, or null (reported) when it may not be written. It must not be the site
    /// folder, contain it or lie inside its content or themes; and a folder that holds files but was not made by a
    /// build (it has no manifest) is refused unless <paramref name="adopt"/> is set, when its files are kept beside the
    /// site.
    /// </summary>
    public static string? Resolve(string siteRoot, string output, DiagnosticBag diagnostics, bool adopt = false)
    {
        string site, target;
        try
        {
            (site, target) = (RealPath.Of(siteRoot), RealPath.Of(output));
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.InvalidOutput, SourceLocation.File(output), ex.Message,
                "choose another output folder");
            return null;
        }
        var (problem, hint) = Problem(site, target, adopt);
        if (problem is null) return target;
        diagnostics.Error(DiagnosticCodes.InvalidOutput, SourceLocation.File(output),
            target == Normalize(output) ? problem : $"{problem} (it leads to {target})", hint);
        return null;
    }

    private static (string? Problem, string Hint) Problem(string site, string target, bool adopt)
    {
        const string elsewhere = "choose an empty or new folder, such as <site>/output";
        if (target == site) return ("the output folder is the site folder itself", elsewhere);
        if (site.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return ("the output folder contains the site folder", elsewhere);
        if (SiteFolders.Any(f => (target + Path.DirectorySeparatorChar)
                .StartsWith(Path.Combine(site, f) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            return ("the output folder is inside content/ or themes/, where it would be read as part of the site",
                elsewhere);
        if (FileStatus.Kind(target) is not (FileKind.Folder or FileKind.Missing))
            return ("the output is not a folder", elsewhere);
        if (!adopt && FileStatus.Kind(target) == FileKind.Folder && OutputManifest.Read(target) is null
            && Directory.EnumerateFileSystemEntries(target).Any())
            return ($"the output folder holds files but no {OutputManifest.FileName}, so it was not made by a build: "
                + "its files would be mixed with the site's",
                "choose an empty or new folder; to publish into a folder such as a deploy repository " +
                "and keep its files, build with " +
                "--adopt-output; if it is the output of an older version of foreign-affairs, delete it");
        return (null, elsewhere);
    }

    /// <summary>
    /// Completes <paramref name="staging"/>, which holds the pages of <paramref name="rendered"/> already: writes its
    /// files and <paramref name="documents"/>, indexes the pages for search when the site has
    /// <paramref name="search"/>, and puts the folder in the place of <paramref name="output"/>. False when something
    /// failed (and was reported). The stages are told to <paramref name="enter"/>, when given.
    /// </summary>
    internal static bool Complete(StagingFolder staging, RenderedSite rendered,
        IReadOnlyList<PublishedDocument> documents, string output, DiagnosticBag diagnostics, SearchIndex? search,
        Action<string>? enter = null)
    {
        // Files are written in parallel: on many disks creating files, not computing pages, is what takes the time.
        // Each file's bytes do not depend on the order, so the output stays deterministic.
        Parallel.ForEach(rendered.Files, staging.Copy);
        Parallel.ForEach(documents, document => staging.Write(document.Path, document.Content));
        if (staging.Failure is { } failure)
        {
            WriteFailed(output, failure, diagnostics);
            return false;
        }
        // Pagefind reads the written pages; the site replaces the output only once its index is complete.
        if (search is not null)
        {
            enter?.Invoke(BuildStage.Search);
            if (!search.Build(staging.Folder, diagnostics)) return false;
            enter?.Invoke(BuildStage.Publish);
        }
        try
        {
            var kept = staging.Kept(out var clashes);
            if (clashes.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidOutput, SourceLocation.File(output),
                    $"the output folder holds {Describe(clashes)}, which no build published, " +
                    "and the site now publishes the same name",
                    "move or delete them: a build replaces only the files it published before");
                return false;
            }
            staging.Swap(kept);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteFailed(output, ex, diagnostics);
            return false;
        }
    }

    private static string Describe(IReadOnlyList<string> paths) => paths.Count switch
    {
        1 => paths[0],
        <= 5 => string.Join(", ", paths.SkipLast(1)) + " and " + paths[^1],
        _ => $"{string.Join(", ", paths.Take(4))} and {paths.Count - 4} others",
    };

    /// <summary>Reports that the site could not be written; the previous output is unchanged.</summary>
    internal static void WriteFailed(string output, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(output),
            $"the site could not be written: {ex.Message}", "the previous output is unchanged");

    /// <summary>
    /// The full path of <paramref name="relative"/> in <paramref name="folder"/>, refusing one that would lead outside
    /// it.
    /// </summary>
    internal static string Within(string folder, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refusing to write {relative} outside the output folder");
        return path;
    }

    /// <summary>
    /// Copies a file with its time, by which a later refresh tells that the copy is current; a file of the built-in
    /// theme is written from its bytes.
    /// </summary>
    internal static void Copy(CopiedFile file, string target)
    {
        if (file.Content is { } content)
        {
            File.WriteAllBytes(target, content.Span);
            return;
        }
        File.Copy(file.SourcePath, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file.SourcePath));
    }

    internal static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
