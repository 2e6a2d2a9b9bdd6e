using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Scaffolding;

/// <summary>
/// Writes scaffold files into a site folder without ever replacing anything: a path that is taken is refused before any
/// file is written, and a file made meanwhile by someone else is not overwritten.
/// </summary>
internal static class ScaffoldWriter
{
    /// <summary>
    /// The paths, relative to <paramref name="root"/>, that stand in the way of <paramref name="files"/>: a file
    /// already there, or on the way to one anything but a folder (a file, or a symbolic link, which is never followed).
    /// </summary>
    public static IReadOnlyList<string> Taken(string root, IEnumerable<ScaffoldFile> files)
    {
        var taken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parts = file.Path.Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var relative = string.Join('/', parts.Take(i));
                var kind = FileStatus.Kind(Path.Combine(root, relative));
                if (kind == FileKind.Missing) break;
                if (kind == FileKind.Folder && i < parts.Length) continue;
                taken.Add(relative);
                break;
            }
        }
        return taken.ToArray();
    }

    /// <summary>Writes <paramref name="files"/> under <paramref name="root"/>, making the folders they need.</summary>
    /// <exception cref="IOException">A file is there already: it is left as it is.</exception>
    public static void Write(string root, IEnumerable<ScaffoldFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(file.Content.Span);
        }
    }
}
