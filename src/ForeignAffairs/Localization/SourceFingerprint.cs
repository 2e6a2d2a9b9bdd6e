using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ForeignAffairs.Localization;

/// <summary>
/// A short fingerprint of a source text, recorded in a translation's front matter as <c>translated_from</c> so that a
/// later change to the source marks the translation stale. Line endings and trailing spaces do not count as changes.
/// </summary>
internal static class SourceFingerprint
{
    /// <summary>The front-matter field a translation records its source's fingerprint in.</summary>
    public const string Field = "translated_from";

    /// <summary>
    /// The fingerprint of <paramref name="text"/>: the first 12 hex digits of the SHA-256 of its normalized form.
    /// </summary>
    public static string Of(string text)
    {
        // The text is hashed as its lines would be joined: lines without their trailing spaces, "\n" between them,
        // empty lines at either end left out. The normalized text is hashed in one call: hashing it line by line cost a
        // tenth of reading a large site's content. A line never grows by more than its UTF-8 length, nor a text by more
        // than its.
        var normalized = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text) + 1);
        try
        {
            var length = 0;
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
                {
                    normalized.AsSpan(length, emptyLines + 1).Fill((byte)'\n');
                    length += emptyLines + 1;
                }
                (first, emptyLines) = (false, 0);
                length += Encoding.UTF8.GetBytes(trimmed, normalized.AsSpan(length));
            }
            return Convert.ToHexStringLower(SHA256.HashData(normalized.AsSpan(0, length)))[..12];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(normalized);
        }
    }
}
