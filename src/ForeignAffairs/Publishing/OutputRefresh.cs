using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Brings an output folder written from one render up to date with the next, writing only the files that differ and
/// removing those that are gone. Each file is replaced by a rename, so a server reading the folder never sees half a
/// file.
/// </summary>
internal static class OutputRefresh
{
    /// <summary>
    /// Updates <paramref name="output"/>, which holds <paramref name="before"/>, to hold <paramref name="after"/>,
    /// whose pages differ from those before as <paramref name="change"/> says; returns the files written and removed. A
    /// copied file is copied again when its source is in <paramref name="touched"/> (full paths), or when its length or
    /// time differ from the copy's.
    /// </summary>
    internal static (int Written, int Removed) Apply(RenderedSite before,
        IReadOnlyList<PublishedDocument> beforeDocuments,
        RenderedSite after, RenderedChange change, IReadOnlyList<PublishedDocument> afterDocuments, string output,
        IReadOnlySet<string> touched, DiagnosticBag diagnostics)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var oldDocuments = beforeDocuments.ToDictionary(d => d.Path, d => d.Content, StringComparer.Ordinal);
        var written = 0;
        try
        {
            // Files that are gone go first: a file may give way to a folder of the same name, or the other way round. A
            // page may also give way to a copied file or a document of the same path, or the other way round.
            var others = after.Files.Select(f => f.Path).Concat(afterDocuments.Select(d => d.Path))
                .ToHashSet(StringComparer.Ordinal);
            var gone = change.Gone.Where(p => !others.Contains(p))
                .Concat(before.Files.Select(f => f.Path).Concat(beforeDocuments.Select(d => d.Path))
                    .Where(p => !others.Contains(p) && after.Page(p) is null))
                .ToArray();
            foreach (var path in gone) Remove(folder, path);

            // Pages are written on every core: after an edit to the base layout, every page differs.
            var pages = change.Differ;
            Parallel.ForEach(pages, page =>
                Replace(folder, page.Path, target => OutputFolder.WritePage(target, page.Markup.Span)));
            written += pages.Count;
            foreach (var document in afterDocuments.Where(d =>
                !oldDocuments.TryGetValue(d.Path, out var content) || !content.AsSpan().SequenceEqual(d.Content)))
            {
                Replace(folder, document.Path, target => File.WriteAllBytes(target, document.Content));
                written++;
            }
            foreach (var file in after.Files.Where(f =>
                IsTouched(f, touched) || !IsCopy(f, Path.Combine(folder, f.Path))))
            {
                Replace(folder, file.Path, target => OutputFolder.Copy(file, target));
                written++;
            }
            return (written, gone.Length);
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(output),
                $"the site could not be updated: {failure.Message}");
            return (written, 0);
        }
    }

    // Writes that failed on several cores come together: they are a write failure when each of them is one, reported by
    // the first message in order, the same whichever core failed first. Anything else is a fault of the generator.
    private static Exception? WriteFailure(Exception ex)
    {
        IReadOnlyList<Exception> all = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [ex];
        return all.All(e => e is IOException or UnauthorizedAccessException)
            ? all.MinBy(e => e.Message, StringComparer.Ordinal)
            : null;
    }

    // A file is touched when it, or a folder holding it, was reported changed; the built-in theme's files never change.
    private static bool IsTouched(CopiedFile file, IReadOnlySet<string> touched)
    {
        if (touched.Count == 0 || file.Content is not null) return false;
        for (var path = Path.GetFullPath(file.SourcePath); path is not null; path = Path.GetDirectoryName(path))
            if (touched.Contains(path)) return true;
        return false;
    }

    // A copied file is current when it has its source's length and time, which the copy gave it. A file replaced by one
    // of the same length and time (as cp -p or unzip write) is caught by the watcher's report of it instead. A file of
    // the built-in theme, small and without a time, is current when it has its bytes.
    private static bool IsCopy(CopiedFile file, string target)
    {
        var copy = new FileInfo(target);
        if (file.Content is { } content)
            return copy.Exists && copy.Length == content.Length
                && File.ReadAllBytes(target).AsSpan().SequenceEqual(content.Span);
        var source = new FileInfo(file.SourcePath);
        return copy.Exists && copy.Length == source.Length && copy.LastWriteTimeUtc == source.LastWriteTimeUtc;
    }

    // Writes one file beside its place and renames it there, so that a server reading the folder never sees half a
    // file.
    private static void Replace(string folder, string relative, Action<string> write)
    {
        var target = OutputFolder.Within(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!,
            $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        write(temporary);
        File.Move(temporary, target, overwrite: true);
    }

    // Removes the file, then the folders it leaves empty, up to the output folder.
    private static void Remove(string folder, string relative)
    {
        var target = OutputFolder.Within(folder, relative);
        File.Delete(target);
        for (var parent = Path.GetDirectoryName(target);
             parent is not null && parent != folder && !Directory.EnumerateFileSystemEntries(parent).Any();
             parent = Path.GetDirectoryName(parent))
            Directory.Delete(parent);
    }
}
