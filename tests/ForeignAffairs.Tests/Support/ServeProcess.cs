using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The <c>serve</c> command running as a process of its own, as an editor starts it, with what it prints.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines;

    private ServeProcess(Process process, ConcurrentQueue<string> lines, Uri address) =>
        (_process, _lines, Address) = (process, lines, address);

    /// <summary>The process's number, which names its preview folder.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The address the site is served at.</summary>
    public Uri Address { get; }

    /// <summary>Everything printed so far, standard output and error interleaved.</summary>
    public string Printed => string.Join('\n', _lines);

    /// <summary>
    /// Starts <c>serve --source <paramref name="site"/> --port 0</c> and waits until it says where it serves.
    /// </summary>
    public static ServeProcess Start(string site)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var tool = Path.Combine(AppContext.BaseDirectory, "foreign-affairs.dll");
        foreach (var argument in new[] { tool, "serve", "--source", site, "--port", "0" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        var lines = new ConcurrentQueue<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lines.Enqueue(line);
            if (Serving().Match(line) is { Success: true } match) address.TrySetResult(new Uri(match.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (address.Task.Wait(TimeSpan.FromSeconds(60))) return new ServeProcess(process, lines, address.Task.Result);
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("serve did not start:\n" + string.Join('\n', lines));
    }

    /// <summary>Sends Ctrl+C's signal and waits for the process to end; returns its exit code.</summary>
    public int Interrupt()
    {
        Assert.Equal(0, Kill(_process.Id, SignalInterrupt));
        // As long as it may take to start: on a machine busy with other tests, a first build of the sample took 38 s,
        // and stopping (the server, the watcher, the preview's folder removed) took longer than 15 s.
        Assert.True(_process.WaitForExit(TimeSpan.FromSeconds(60)), "serve did not stop after Ctrl+C:\n" + Printed);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>
    /// Stops the process as Ctrl+C does, so that it removes its folder; kills it if it does not stop.
    /// </summary>
    public void Dispose()
    {
        if (!_process.HasExited
            && (Kill(_process.Id, SignalInterrupt) != 0 || !_process.WaitForExit(TimeSpan.FromSeconds(15))))
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private const int SignalInterrupt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^Serving the site at (\S+) ")]
    private static partial Regex Serving();
}
