using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// The <c>serve</c> command: builds the site into a temporary folder, serves it on 127.0.0.1, and rebuilds what a change
/// touches whenever a file under content/ or themes/ changes, reloading the open pages. Stops on Ctrl+C or SIGTERM and
/// removes the temporary folder.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The port served on when none is given.</summary>
    public const int DefaultPort = 1313;

    /// <summary>Runs the command until it is stopped; returns the exit code.</summary>
    public static int Run(string source, Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var portText = invocation.Options.GetValueOrDefault("port") ?? DefaultPort.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            stderr.WriteLine($"foreign-affairs: '{portText}' is not a port number; give one from 1 to 65535, or 0 for any free port");
            return CliApplication.UsageError;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        RemoveAbandonedFolders();
        var folder = Directory.CreateTempSubdirectory($"{FolderPrefix}{Environment.ProcessId}-");
        try
        {
            return ServeAsync(Path.GetFullPath(source), Path.Combine(folder.FullName, "site"), port, stdout, stderr, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string FolderPrefix = "foreign-affairs-preview-";

    // A preview stopped without a chance to clean up (killed, or the machine shut down) leaves its folder behind:
    // the folder names the process, and folders of processes that are gone are removed.
    private static void RemoveAbandonedFolders()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(folder)[FolderPrefix.Length..];
            if (!int.TryParse(name.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's, or in use: not ours to remove.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<int> ServeAsync(string source, string output, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var status = new PreviewStatus();
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(output, port, status);
        }
        catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"foreign-affairs: port {port} is already in use; choose another with --port, or --port 0 for any free port");
            return CliApplication.UsageError;
        }

        await using (server)
        {
            var live = new LiveSite(new BuildOptions(source, output, server.Address));
            using var watcher = new SiteWatcher(source);
            // The search index is refreshed behind the pages, so that an edit is on the page without waiting for it.
            var searchWanted = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
            var searching = RefreshSearchAsync(live, searchWanted.Reader, stdout, stderr);

            Rebuild(live, status, "", searchWanted.Writer, stdout, stderr);
            // A rebuild with nothing to do compiles the rebuild's code, so that the first edit is as quick as the next ones.
            if (live.HasSite) live.Rebuild();
            stdout.WriteLine($"Serving the site at {server.Address} (press Ctrl+C to stop). Watching content/ and themes/ for changes.");
            stdout.Flush();
            try
            {
                while (true)
                {
                    var changed = await watcher.NextAsync(stop);
                    Rebuild(live, status, Describe(source, changed), searchWanted.Writer, stdout, stderr);
                }
            }
            catch (OperationCanceledException)
            {
                searchWanted.Writer.Complete();
                await searching;
                stdout.WriteLine("Stopped serving.");
            }
        }
        return CliApplication.Success;
    }

    // Names the files that changed; editors' temporary files, gone by now, are left out unless nothing else changed.
    private static string Describe(string source, IReadOnlyList<string> changed)
    {
        var files = changed.Where(f => File.Exists(Path.Combine(source, f))).DefaultIfEmpty(changed[0]).ToArray();
        return files.Length == 1 ? $"{files[0]} changed" : $"{files[0]} and {files.Length - 1} other file(s) changed";
    }

    // Rebuilds, and shows the outcome to open pages at once; a stale search index is left to the search refresh.
    private static void Rebuild(LiveSite live, PreviewStatus status, string what, ChannelWriter<bool> searchWanted, TextWriter stdout, TextWriter stderr)
    {
        RebuildResult result;
        using (var progress = new ConsoleProgress(stderr, ConsoleProgress.IsTerminal(stderr)))
            result = live.Rebuild(progress.Progress);
        status.Publish(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray(), live.HasSite);

        var prefix = what.Length > 0 ? what + ": " : "";
        DiagnosticReport.WriteText(result.Diagnostics, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{prefix}the site has {DiagnosticReport.Count(result.Diagnostics)}; " +
                             (live.HasSite ? "the preview shows them over the last good site." : "the preview shows them until they are fixed."));
        }
        else
        {
            var every = result.Reason is { } reason ? $" ({reason})" : "";
            stdout.WriteLine($"{prefix}rendered {result.RenderedPages.Count} of {result.TotalPages} pages{every} and wrote {result.FilesWritten} file(s) " +
                             $"in {Milliseconds(result.Elapsed)} ms.");
        }
        stdout.Flush();
        if (result.SearchStale) searchWanted.TryWrite(true);
    }

    // One refresh at a time; requests made while one runs are gathered into the next.
    private static async Task RefreshSearchAsync(LiveSite live, ChannelReader<bool> wanted, TextWriter stdout, TextWriter stderr)
    {
        await foreach (var _ in wanted.ReadAllAsync())
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            if (await Task.Run(() => live.RefreshSearch(diagnostics))) stdout.WriteLine($"Search index updated in {Milliseconds(clock.Elapsed)} ms.");
            else DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            stdout.Flush();
        }
    }

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
