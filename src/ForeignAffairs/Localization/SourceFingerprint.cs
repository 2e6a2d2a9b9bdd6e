using System.Security.Cryptography;
using System.Text;

namespace ForeignAffairs.Localization;

/// <summary>
/// A short fingerprint of a source text, recorded in a translation's front matter as <c>translated_from</c> so that a
/// later change to the source marks the translation stale. Line endings and trailing spaces do not count as changes.
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The front-matter field a translation records its source's fingerprint in.</summary>
    public const string Field = "translated_from";

    /// <summary>The fingerprint of <paramref name="text"/>: the first 12 hex digits of the SHA-256 of its normalized form.</summary>
    public static string Of(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var normalized = string.Join('\n', lines).Trim('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..12];
    }
}
