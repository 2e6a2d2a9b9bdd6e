using System.Runtime.InteropServices;

namespace ForeignAffairs.FileSystem;

/// <summary>
/// A second name for a file's content, made without copying it; a copy where the file system has no such names.
/// </summary>
internal static class HardLink
{
    /// <summary>
    /// Gives the file <paramref name="existing"/> the name <paramref name="path"/> too, or copies it there.
    /// </summary>
    public static void Create(string existing, string path)
    {
        if (!Linked(existing, path)) File.Copy(existing, path);
    }

    private static bool Linked(string existing, string path)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(path, existing, IntPtr.Zero)
                : Link(existing, path) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // The runtime's own link(2).
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Link", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link(string source, string linkTarget);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink(string fileName, string existingFileName, IntPtr securityAttributes);
}
