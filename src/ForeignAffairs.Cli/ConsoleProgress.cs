using System.Globalization;

namespace ForeignAffairs.Cli;

/// <summary>
/// A build's progress on a terminal: one status line (stage, pages rendered, time), redrawn in place and erased when
/// the build ends. Builds that end quickly show nothing, and nothing at all is shown when the output is not a terminal,
/// so that logs hold only the outcome.
/// </summary>
internal sealed class ConsoleProgress : IDisposable
{
    /// <summary>How long a build runs before its status line is first drawn.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the status line is drawn again.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly ITimer? _timer;
    private readonly Lock _lock = new();
    private bool _drawn;
    private bool _stopped;

    /// <summary>
    /// Progress drawn on <paramref name="terminal"/> when <paramref name="isTerminal"/>, from <see cref="Delay"/>
    /// after the start; otherwise only counted. It keeps the time of <paramref name="time"/> (the system's unless
    /// given), which a test moves on itself rather than wait for.
    /// </summary>
    public ConsoleProgress(TextWriter terminal, bool isTerminal, TimeProvider? time = null)
    {
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
        _start = _time.GetTimestamp();
        if (isTerminal) _timer = _time.CreateTimer(_ => Draw(), null, Delay, Interval);
    }

    /// <summary>The progress the build reports to.</summary>
    public BuildProgress Progress { get; } = new();

    /// <summary>
    /// Whether <paramref name="writer"/> is the process's standard error and that is an interactive terminal.
    /// </summary>
    public static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb" && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Writes <paramref name="line"/> above the status line, which is drawn again on its next turn.</summary>
    public void Say(string line)
    {
        lock (_lock)
        {
            _terminal.WriteLine((_drawn ? "\r\u001b[2K" : "") + line);
            _terminal.Flush();
            _drawn = false;
        }
    }

    /// <summary>Stops drawing and erases the status line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            if (_drawn) _terminal.Write("\r\u001b[2K");
            _stopped = true;
            _terminal.Flush();
        }
    }

    private void Draw()
    {
        var seconds = _time.GetElapsedTime(_start).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var line = $"  {Progress.Stage,-8} {Progress.PagesRendered,6} pages rendered  {seconds,6} s";
        lock (_lock)
        {
            if (_stopped) return;
            _terminal.Write("\r\u001b[2K" + line);
            _terminal.Flush();
            _drawn = true;
        }
    }
}
