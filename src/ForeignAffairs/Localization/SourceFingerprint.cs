using System.Security.Cryptography;
using System.Text.Unicode;

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
        // The text is hashed line by line as it would be joined: lines without their trailing spaces, "\n" between them,
        // empty lines at either end left out.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[1024];
        var first = true;
        var emptyLines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimEnd();
            if (trimmed.IsEmpty)
            {
                if (!first) emptyLines++;
                continue;
            }
            if (!first)
                for (var i = 0; i <= emptyLines; i++) hash.AppendData("\n"u8);
            (first, emptyLines) = (false, 0);
            Append(hash, trimmed, buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<char> line, Span<byte> buffer)
    {
        while (!line.IsEmpty)
        {
            Utf8.FromUtf16(line, buffer, out var read, out var written, isFinalBlock: true);
            hash.AppendData(buffer[..written]);
            line = line[read..];
        }
    }
}
