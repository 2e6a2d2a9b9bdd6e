using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Holds an output folder for one build at a time, so that two builds into the same folder never mix their files: the
/// second waits for the first. The lock is the system's own lock on a file named after the folder's real path, kept in
/// the temporary folder rather than beside the output; the system releases it when its process ends, however that
/// happens. On Unix it is taken here (<c>flock</c>) rather than left to .NET, whose lock on every file it opens the
/// command turns off (<c>System.IO.DisableFileLocking</c>): that was two more system calls for each file a build
/// reads, three for each it writes.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock of <paramref name="output"/> (a real path), telling <paramref name="waiting"/> once if another
    /// build holds it, and giving up with an <see cref="IOException"/> after <paramref name="patience"/>.
    /// </summary>
    public static OutputLock Take(string output, TimeSpan patience, Action? waiting = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "foreign-affairs-locks");
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..32] + ".lock";
        var path = Path.Combine(folder, name);
        var started = DateTime.UtcNow;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the file that no other process can take while this one holds
                // it: on Windows always, elsewhere when .NET's own locking is on, else by Lock.
                return new OutputLock(Lock(
                    new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)));
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow - started < patience)
            {
                waiting?.Invoke();
                waiting = null;
                Thread.Sleep(Retry);
            }
            catch (IOException ex) when (File.Exists(path))
            {
                throw new IOException(
                    $"another build has been publishing to {output} for more than {patience.TotalMinutes:0} minutes",
                    ex);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    // Takes the exclusive lock of the file, which .NET took already if its locking is on (taking it again changes
    // nothing); throws as .NET does when another open file holds it. A file system without locks (some network ones)
    // is used without, as .NET does.
    private static FileStream Lock(FileStream file)
    {
        if (OperatingSystem.IsWindows() || FLock(file.SafeFileHandle, Exclusive | NonBlocking) == 0) return file;
        var error = Marshal.GetLastPInvokeError();
        if (error != WouldBlock) return file;
        file.Dispose();
        throw new IOException("the output is locked by another build");
    }

    // LOCK_EX and LOCK_NB, as the runtime's System.Native shim defines them on every Unix.
    private const int Exclusive = 2;
    private const int NonBlocking = 4;

    // EWOULDBLOCK, which flock gives when another open file holds the lock: 35 on Apple's systems and FreeBSD, EAGAIN
    // (11) on Linux, Android and illumos.
    private static int WouldBlock =>
        OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS()
        || OperatingSystem.IsMacCatalyst() || OperatingSystem.IsFreeBSD() ? 35 : 11;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FLock", SetLastError = true)]
    private static extern int FLock(SafeFileHandle file, int operation);
}
