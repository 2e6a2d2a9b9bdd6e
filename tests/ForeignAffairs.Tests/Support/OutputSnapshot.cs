using System.Security.Cryptography;

namespace ForeignAffairs.Tests.Support;

/// <summary>The exact content of a folder: each file's path and SHA-256, for comparing outputs byte for byte.</summary>
public static class OutputSnapshot
{
    /// <summary>Every file under <paramref name="folder"/>, by path relative to it, with the hash of its bytes.</summary>
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
