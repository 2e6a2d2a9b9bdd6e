using System.Security.Cryptography;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// Everything under a folder, read without following links or opening special files: each path with the hash of a
/// file's bytes, a link's target, or the kind of anything else. Two equal states mean nothing was written, moved or
/// deleted.
/// </summary>
public static class FolderState
{
    /// <summary>The state of <paramref name="folder"/>, by path relative to it; empty when it does not exist.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(string path)
        {
            foreach (var child in Directory.EnumerateFileSystemEntries(path))
            {
                var relative = Path.GetRelativePath(folder, child);
                switch (FileStatus.Kind(child))
                {
                    case FileKind.Folder:
                        state[relative + "/"] = "folder";
                        Walk(child);
                        break;
                    case FileKind.File:
                        state[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(child)));
                        break;
                    case FileKind.Link:
                        state[relative] = "-> " + new FileInfo(child).LinkTarget;
                        break;
                    case var kind:
                        state[relative] = kind.ToString();
                        break;
                }
            }
        }
        if (Directory.Exists(folder)) Walk(folder);
        return state;
    }
}
