namespace ForeignAffairs.FileSystem;

/// <summary>
/// Where a path really leads: every symbolic link along it resolved, as the system would, so that safety checks compare
/// the folders a build will write to and not the names that lead there.
/// </summary>
internal static class RealPath
{
    // As Linux's own limit on links followed while resolving one path.
    private const int MaxLinks = 40;

    /// <summary>
    /// The absolute form of <paramref name="path"/> with its links resolved; the part of it that does not exist yet is
    /// kept as written. Throws <see cref="IOException"/> for a loop of links.
    /// </summary>
    public static string Of(string path)
    {
        var links = 0;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var current = Path.GetPathRoot(full)!;
        var parts = new Queue<string>(full[current.Length..]
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            if (FileStatus.Kind(next) != FileKind.Link)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"{path} leads through more than {MaxLinks} symbolic links, or a loop of them");
            // The target is read relative to the folder holding the link, which is already resolved; it may hold links
            // itself.
            var target = Path.GetFullPath(new FileInfo(next).LinkTarget!, current);
            var rest = parts.ToArray();
            current = Path.GetPathRoot(target)!;
            parts = new Queue<string>(target[current.Length..]
                .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
                .Concat(rest));
        }
        return Path.TrimEndingDirectorySeparator(current);
    }
}
