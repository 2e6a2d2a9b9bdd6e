using System.Runtime.InteropServices;

namespace ForeignAffairs.FileSystem;

/// <summary>
/// The entries of one folder with their kinds, as the folder's own listing gives them: walking the output of a site
/// with thousands of folders took a status read (lstat) of each entry besides, to tell a folder from a link to one.
/// </summary>
internal static class FolderListing
{
    // The kinds a Unix listing gives (d_type), as the runtime's System.Native shim passes them on.
    private const int UnknownType = 0;
    private const int DirectoryType = 4;
    private const int RegularType = 8;
    private const int LinkType = 10;

    // The errors a listing reports by their numbers, as Linux and macOS number them.
    private const int NotPermitted = 1; // EPERM
    private const int NoSuchEntry = 2; // ENOENT
    private const int AccessDenied = 13; // EACCES
    private const int NotAFolder = 20; // ENOTDIR

    // Set once the runtime is found without the shim's listing (its exports are the runtime's own, checked against
    // .NET 10): folders are then listed through .NET, with a status read of each entry.
    private static volatile bool _withoutShim;

    /// <summary>
    /// The names in <paramref name="folder"/> with their kinds, links not followed, in the listing's order. A name
    /// that is not valid UTF-8, given with U+FFFD in place of its bytes, cannot be reached by that name: its kind is
    /// <see cref="FileKind.Missing"/>, as is that of an entry removed while the folder was listed.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    public static List<(string Name, FileKind Kind)> Of(string folder)
    {
        if (OperatingSystem.IsWindows() || _withoutShim) return Enumerated(folder);
        try
        {
            return Listed(folder);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _withoutShim = true;
            return Enumerated(folder);
        }
    }

    private static List<(string Name, FileKind Kind)> Enumerated(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => (e.Name, KindOf(e)))];

    // Windows gives each entry's attributes with the listing: only a reparse point is read further, to tell a link.
    // Elsewhere, without the shim's listing, each entry's status is read.
    private static FileKind KindOf(FileSystemInfo entry)
    {
        if (!OperatingSystem.IsWindows()) return FileStatus.Kind(entry.FullName);
        if (FileStatus.IsLink(entry)) return FileKind.Link;
        return entry is DirectoryInfo ? FileKind.Folder : FileKind.File;
    }

    private static List<(string Name, FileKind Kind)> Listed(string folder)
    {
        var handle = OpenDir(folder);
        if (handle == IntPtr.Zero) throw Failure(Marshal.GetLastPInvokeError(), folder);
        try
        {
            return Read(handle, folder);
        }
        finally
        {
            _ = CloseDir(handle);
        }
    }

    private static List<(string Name, FileKind Kind)> Read(IntPtr handle, string folder)
    {
        var entries = new List<(string, FileKind)>();
        while (true)
        {
            var result = ReadDir(handle, out var entry);
            if (result == -1) return entries;
            if (result != 0) throw Failure(result, folder);
            // Where the system does not give the name's length (Linux), the name ends at its first zero byte.
            var name = entry.NameLength < 0
                ? Marshal.PtrToStringUTF8(entry.Name)!
                : Marshal.PtrToStringUTF8(entry.Name, entry.NameLength);
            if (name is "." or "..") continue;
            entries.Add((name, entry.InodeType switch
            {
                // Asked of the file itself: a name that was not UTF-8, or a file system that does not say.
                _ when name.Contains('\uFFFD') => FileStatus.Kind(Path.Join(folder, name)),
                UnknownType => FileStatus.Kind(Path.Join(folder, name)),
                DirectoryType => FileKind.Folder,
                RegularType => FileKind.File,
                LinkType => FileKind.Link,
                _ => FileKind.Special,
            }));
        }
    }

    private static Exception Failure(int errno, string folder)
    {
        var message = $"{folder} cannot be listed: {Marshal.GetPInvokeErrorMessage(errno)}";
        return errno switch
        {
            NotPermitted or AccessDenied => new UnauthorizedAccessException(message),
            NoSuchEntry or NotAFolder => new DirectoryNotFoundException(message),
            _ => new IOException(message),
        };
    }

    // The layout every Unix build of System.Native gives an entry: its name, the name's length in bytes (or -1 where
    // the system does not say), its kind.
    [StructLayout(LayoutKind.Sequential)]
    private struct DirectoryEntry
    {
        public IntPtr Name;
        public int NameLength;
        public int InodeType;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir", CharSet = CharSet.Ansi,
        BestFitMapping = false, SetLastError = true)]
    private static extern IntPtr OpenDir(string path);

    // 0 for an entry, -1 at the end, or the error's number.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir")]
    private static extern int ReadDir(IntPtr handle, out DirectoryEntry entry);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir")]
    private static extern int CloseDir(IntPtr handle);
}
