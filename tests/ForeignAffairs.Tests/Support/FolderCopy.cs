namespace ForeignAffairs.Tests.Support;

/// <summary>Copies folder trees for tests that work on a copy of a site.</summary>
public static class FolderCopy
{
    /// <summary>
    /// Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.
    /// </summary>
    public static void Copy(string from, string to, bool overwrite = false)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite);
        }
    }
}
