using System.Collections.Concurrent;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The list of files a build published, kept in the output folder. The next build replaces exactly those: every other
/// file of the folder, such as a deploy folder's <c>.git</c> or <c>CNAME</c>, is the folder owner's and is carried over
/// as it is.
/// </summary>
internal static class OutputManifest
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = ".foreign-affairs-manifest";

    // The folders in one folder from which they are walked on every core.
    private const int ManyFolders = 16;

    private const string Header =
        "# The files foreign-affairs published here. Each build replaces these and keeps every other file.";

    /// <summary>
    /// The files listed in <paramref name="folder"/>'s manifest, '/'-separated; null when it has none.
    /// </summary>
    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (FileStatus.Kind(path) != FileKind.File) return null;
        return File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every file now in <paramref name="under"/> (a '/'-separated folder of <paramref name="folder"/>), as paths in
    /// <paramref name="folder"/>, the manifest aside; none when there is no such folder. Links are listed, not
    /// followed.
    /// </summary>
    public static IReadOnlyList<string> List(string folder, string under)
    {
        var files = new List<string>();
        void Walk(string path, string relative)
        {
            foreach (var (name, kind) in FolderListing.Of(path))
            {
                var entry = relative + name;
                if (kind == FileKind.Folder) Walk(Path.Join(path, name), entry + "/");
                else if (entry != FileName) files.Add(entry);
            }
        }
        var start = Path.Combine(folder, under);
        if (FileStatus.Kind(start) == FileKind.Folder) Walk(start, under + "/");
        return files;
    }

    /// <summary>Writes the manifest of <paramref name="folder"/>, listing <paramref name="files"/>.</summary>
    public static void Write(string folder, IReadOnlyList<string> files) =>
        File.WriteAllLines(Path.Combine(folder, FileName), files.Prepend(Header), OutputFolder.Utf8);

    /// <summary>
    /// The entries of <paramref name="folder"/> that <paramref name="owned"/> does not list, as '/'-separated paths: a
    /// file, a link or a special file, or a whole folder when nothing in it is listed. Links are never followed.
    /// </summary>
    public static IReadOnlyList<string> Others(string folder, IReadOnlySet<string> owned)
    {
        var ownedFolders = owned.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        var others = new ConcurrentBag<string>();
        void Walk(string path, string relative)
        {
            var folders = new List<(string Path, string Relative)>();
            foreach (var (name, kind) in FolderListing.Of(path))
            {
                var entry = relative + name;
                if (entry == FileName || owned.Contains(entry)) continue;
                if (kind == FileKind.Folder && ownedFolders.Contains(entry))
                    folders.Add((Path.Join(path, name), entry + "/"));
                else others.Add(entry);
            }
            // A site's pages are in thousands of folders, a few of which hold most of them: theirs are walked on every
            // core. With the kinds read from the listings, publishing 1,000 projects in three languages over the last
            // build's output took 69 against 99 ms (6 builds each in turn).
            if (folders.Count >= ManyFolders) FileLoops.ForEach(folders, (f, _) => Walk(f.Path, f.Relative));
            else foreach (var f in folders) Walk(f.Path, f.Relative);
        }
        if (Directory.Exists(folder)) Walk(folder, "");
        return [.. others.Order(StringComparer.Ordinal)];
    }

    /// <summary>The folders that hold <paramref name="path"/>, nearest last: a/b/c gives a and a/b.</summary>
    public static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}
