using System.Security.Cryptography;
using System.Text;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Holds an output folder for one build at a time, so that two builds into the same folder never mix their files: the
/// second waits for the first. The lock is the system's own lock on a file named after the folder's real path, kept in
/// the temporary folder rather than beside the output; the system releases it when its process ends, however that
/// happens.
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
                // it.
                return new OutputLock(
                    new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
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
}
