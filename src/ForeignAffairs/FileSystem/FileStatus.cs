using System.Runtime.InteropServices;

namespace ForeignAffairs.FileSystem;

/// <summary>
/// The kind of a file, told apart before it is opened: opening a named pipe blocks until someone writes to it.
/// </summary>
internal static class FileStatus
{
    // S_IFMT and its values, as every Unix and the runtime's own System.Native shim define them.
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>
    /// Whether <paramref name="info"/>, as a folder listing gave it, is a symbolic link. Only what the listing already
    /// marks as a link or other reparse point is read as one, so that a large folder is not read twice.
    /// </summary>
    public static bool IsLink(FileSystemInfo info) =>
        info.Attributes.HasFlag(FileAttributes.ReparsePoint) && info.LinkTarget is not null;

    /// <summary>The kind of <paramref name="path"/>; a symbolic link is reported as a link, not followed.</summary>
    public static FileKind Kind(string path)
    {
        if (OperatingSystem.IsWindows()) return KindFromAttributes(path);
        if (LStat(path, out var status) != 0) return FileKind.Missing;
        return (status.Mode & TypeMask) switch
        {
            RegularFile => FileKind.File,
            Directory => FileKind.Folder,
            SymbolicLink => FileKind.Link,
            _ => FileKind.Special,
        };
    }

    // Windows has no named pipes or devices among ordinary files; attributes tell the rest.
    private static FileKind KindFromAttributes(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists) info = new DirectoryInfo(path);
        if (!info.Exists) return FileKind.Missing;
        if (info.LinkTarget is not null) return FileKind.Link;
        return info is DirectoryInfo ? FileKind.Folder : FileKind.File;
    }

    // The runtime's own lstat, whose result has the same layout on every Unix; the buffer is larger than the structure
    // so that fields added after the mode never write past it.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct Status
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int LStat(string path, out Status status);
}
