using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ForeignAffairs.Imaging;
using ForeignAffairs.Incremental;
using ForeignAffairs.Publishing;
using Microsoft.AspNetCore.Connections;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// The <c>serve</c> command: builds the site into a temporary folder, serves it on 127.0.0.1, and rebuilds what a
/// change touches whenever a file under content/ or themes/ changes, reloading the open pages. Stops on Ctrl+C or
/// SIGTERM and removes the temporary folder.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The port served on when none is given.</summary>
    public const int DefaultPort = 1313;

    /// <summary>Runs the command until it is stopped; returns the exit code.</summary>
    public static int Run(string source, Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var portText = invocation.Options.GetValueOrDefault("port")
            ?? DefaultPort.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            stderr.WriteLine($"foreign-affairs: '{portText}' is not a port number; " +
                "give one from 1 to 65535, or 0 for any free port");
            return CliApplication.UsageError;
        }
        var (today, dateError) = BuildDay.FromEnvironment();
        if (dateError is not null)
        {
            stderr.WriteLine($"foreign-affairs: {dateError}");
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
            var pagefind = PagefindCache.ForUser(install: !invocation.Has("offline"), stderr.WriteLine);
            return ServeAsync(new BuildOptions(Path.GetFullPath(source), Path.Combine(folder.FullName, "site"))
                { Pagefind = pagefind, Images = ImageCache.ForUser(), Today = today },
                port, stdout, stderr, stop.Token).GetAwaiter().GetResult();
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
            if (!int.TryParse(name.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || IsRunning(pid)) continue;
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

    private static async Task<int> ServeAsync(BuildOptions options, int port, TextWriter stdout, TextWriter stderr,
        CancellationToken stop)
    {
        var status = new PreviewStatus();
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options.OutputFolder, port, status);
        }
        // Kestrel wraps the refusal it types for a port in use; the socket's own error is kept for other transports.
        catch (IOException ex) when (ex.InnerException is AddressInUseException
            or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            stderr.WriteLine($"foreign-affairs: port {port} is already in use; " +
                "choose another with --port, or --port 0 for any free port");
            return CliApplication.UsageError;
        }

        await using (server)
        {
            using var live = new LiveSite(options with { BaseUrl = server.Address });
            var session = new PreviewSession(live, status, stdout, stderr);
            using var watcher = new SiteWatcher(options.Source);
            session.Start();
            stdout.WriteLine($"Serving the site at {server.Address} (press Ctrl+C to stop). " +
                "Watching content/ and themes/ for changes.");
            stdout.Flush();
            try
            {
                while (true) session.Rebuild(await watcher.NextAsync(stop));
            }
            catch (OperationCanceledException)
            {
                await session.StopAsync();
                stdout.WriteLine("Stopped serving.");
            }
        }
        return CliApplication.Success;
    }
}
