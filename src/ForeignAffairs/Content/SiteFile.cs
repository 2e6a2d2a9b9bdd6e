using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Content;

/// <summary>
/// Reads the site's hand-written text files safely: bounded in size, strictly UTF-8, byte-order mark removed.
/// </summary>
internal static class SiteFile
{
    /// <summary>
    /// The largest YAML or Markdown file read: far beyond any hand-written page, far below what could exhaust memory.
    /// </summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The files under <paramref name="folder"/> (site path <paramref name="sitePath"/>), recursively, in ordinal order
    /// of their paths relative to it. Hidden files are skipped; symbolic links, special files and names that cannot be
    /// published are reported as errors and never followed or opened.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, string sitePath, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        void Walk(DirectoryInfo directory, string relative)
        {
            foreach (var info in directory.EnumerateFileSystemInfos())
            {
                if (info.Name.StartsWith('.')) continue;
                var child = relative.Length == 0 ? info.Name : $"{relative}/{info.Name}";
                if (IsRefused(info.FullName, $"{sitePath}/{child}", diagnostics)
                    || !HasUsableName(info, sitePath, child, diagnostics)) continue;
                if (info is DirectoryInfo sub) Walk(sub, child);
                else files.Add(child);
            }
        }
        if (Directory.Exists(folder)) Walk(new DirectoryInfo(folder), "");
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Whether <paramref name="fullPath"/> must not be opened, reporting why: a symbolic link is never followed, since
    /// it could lead outside the site, and a named pipe, a device or a socket may make reading wait forever. One status
    /// read tells both, unless the kind the folder's listing gave is <paramref name="listed"/>.
    /// </summary>
    public static bool IsRefused(string fullPath, string sitePath, DiagnosticBag diagnostics, FileKind? listed = null)
    {
        var (code, problem, hint) = (listed ?? FileStatus.Kind(fullPath)) switch
        {
            FileKind.Link => (DiagnosticCodes.SymbolicLink,
                "this is a symbolic link, which is not followed, since it could lead outside the site",
                "copy the file or folder itself into the site"),
            FileKind.Special => (DiagnosticCodes.SpecialFile,
                "this is a named pipe, a device or a socket, not a file, so it is never read",
                "replace it with an ordinary file, or remove it"),
            _ => (null, "", ""),
        };
        if (code is null) return false;
        diagnostics.Error(code, SourceLocation.File(sitePath), problem, hint);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="info"/>, found as <paramref name="child"/> in the folder <paramref name="folderPath"/>,
    /// has a name that can be read and published: one that is not valid UTF-8 (reported with its folder, since it
    /// cannot be printed) or that cannot be published as it is, is reported and left alone.
    /// </summary>
    internal static bool HasUsableName(FileSystemInfo info, string folderPath, string child, DiagnosticBag diagnostics)
    {
        // The system gives an undecodable name with U+FFFD in place of its bytes, and no file has that name.
        if (info.Name.Contains('\uFFFD') && FileStatus.Kind(info.FullName) == FileKind.Missing)
        {
            diagnostics.Error(DiagnosticCodes.UnpublishableName, SourceLocation.File(folderPath),
                $"a file in this folder has a name that is not valid UTF-8 text ('{info.Name}'), " +
                "so it cannot be read or published",
                "rename it in a file manager; names may use any language, saved as UTF-8");
            return false;
        }
        if (PublishedName.Problem(child) is not { } problem) return true;
        diagnostics.Error(DiagnosticCodes.UnpublishableName, SourceLocation.File($"{folderPath}/{child}"), problem,
            PublishedName.Hint);
        return false;
    }

    /// <summary>
    /// The text of <paramref name="fullPath"/>, or null (after reporting why) when it is too large, unreadable or not
    /// UTF-8. <paramref name="listed"/> is the kind the folder's listing gave it, if it was listed.
    /// </summary>
    public static string? ReadText(string fullPath, string sitePath, DiagnosticBag diagnostics,
        FileKind? listed = null)
    {
        if (IsRefused(fullPath, sitePath, diagnostics, listed)) return null;
        // The bytes are read into a buffer lent from file to file: a site has thousands of files, each wanted only as
        // text.
        var (bytes, length, lent) = ReadBytes(fullPath, sitePath, diagnostics);
        try
        {
            return bytes is null ? null : Decode(bytes.AsSpan(0, length), sitePath, diagnostics);
        }
        finally
        {
            if (lent) ArrayPool<byte>.Shared.Return(bytes!);
        }
    }

    // The file's bytes, the first length of them, in an array lent by the shared pool when lent; null when the file is
    // too large or cannot be read, which is reported.
    private static (byte[]? Bytes, int Length, bool Lent) ReadBytes(string fullPath, string sitePath,
        DiagnosticBag diagnostics)
    {
        try
        {
            // One open file for its length and its bytes: each system call costs.
            using var file = File.OpenHandle(fullPath);
            var length = RandomAccess.GetLength(file);
            if (length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.File(sitePath),
                    $"the file is {length / (1024.0 * 1024.0):0.0} MB, " +
                    $"more than the {MaxBytes / (1024 * 1024)} MB a content file may have",
                    "split the text, or publish large documents as a resource such as a PDF");
                return (null, 0, false);
            }
            // A length of 0 may be a file system's way of not knowing it: read to the end.
            if (length == 0)
            {
                var whole = ReadToEnd(file);
                return (whole, whole.Length, false);
            }
            var bytes = ArrayPool<byte>.Shared.Rent((int)length);
            try
            {
                ReadAll(file, bytes, (int)length);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(bytes);
                throw;
            }
            return (bytes, (int)length, true);
        }
        // NotSupportedException: a handle that cannot seek, the file having been replaced by a pipe since it was looked
        // at.
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(sitePath),
                $"the file cannot be read: {ex.Message}");
            return (null, 0, false);
        }
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, string sitePath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        if (Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);

        // The text decoded before the first invalid byte tells its line and column.
        var valid = new string(chars, 0, written);
        diagnostics.Error(DiagnosticCodes.InvalidEncoding, new TextPositions(valid, sitePath, 1).Locate(written),
            "the file is not valid UTF-8 text", "save it as UTF-8 in your editor (File > Save with encoding > UTF-8)");
        return null;
    }

    // Reads the file's first length bytes, as many as its length said; a file that shrank meanwhile (an editor saving
    // it) cannot be read now, as File.ReadAllBytes has it.
    private static void ReadAll(SafeFileHandle file, byte[] bytes, int length)
    {
        var read = 0;
        while (read < length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read, length - read), read);
            if (count == 0) throw new IOException("the file became shorter while it was read");
            read += count;
        }
    }

    private static byte[] ReadToEnd(SafeFileHandle file)
    {
        var bytes = Array.Empty<byte>();
        var read = 0;
        while (true)
        {
            if (read == bytes.Length) Array.Resize(ref bytes, Math.Max(4096, read * 2));
            var count = RandomAccess.Read(file, bytes.AsSpan(read), read);
            if (count == 0) return bytes[..read];
            read += count;
            if (read > MaxBytes) throw new IOException($"the file is more than {MaxBytes / (1024 * 1024)} MB");
        }
    }
}
