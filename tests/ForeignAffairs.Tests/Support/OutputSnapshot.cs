using System.Security.Cryptography;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The exact content of an output: each file's path and SHA-256, for comparing outputs byte for byte. The build's
/// manifest is left out: it lists the files, and the preview, whose folder is its own, keeps none.
/// </summary>
public static class OutputSnapshot
{
    /// <summary>
    /// Every file under <paramref name="folder"/>, by path relative to it, with the hash of its bytes.
    /// </summary>
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Publishing.OutputManifest.FileName).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
