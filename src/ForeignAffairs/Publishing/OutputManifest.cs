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
            foreach (var child in Directory.EnumerateFileSystemEntries(path))
            {
                var name = relative + Path.GetFileName(child);
                if (FileStatus.Kind(child) == FileKind.Folder) Walk(child, name + "/");
                else if (name != FileName) files.Add(name);
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
        var others = new List<string>();
        void Walk(string path, string relative)
        {
            foreach (var child in Directory.EnumerateFileSystemEntries(path))
            {
                var name = relative + Path.GetFileName(child);
                if (name == FileName || owned.Contains(name)) continue;
                if (ownedFolders.Contains(name) && FileStatus.Kind(child) == FileKind.Folder) Walk(child, name + "/");
                else others.Add(name);
            }
        }
        if (Directory.Exists(folder)) Walk(folder, "");
        others.Sort(StringComparer.Ordinal);
        return others;
    }

    /// <summary>The folders that hold <paramref name="path"/>, nearest last: a/b/c gives a and a/b.</summary>
    public static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}
