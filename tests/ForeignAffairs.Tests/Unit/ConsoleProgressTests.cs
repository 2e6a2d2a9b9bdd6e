using System.Globalization;
using System.Text.RegularExpressions;
using ForeignAffairs.Cli;
using Microsoft.Extensions.Time.Testing;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// Progress on a terminal is one status line redrawn in place and erased at the end; elsewhere nothing is drawn. The
/// tests move the progress's time on themselves: its timer draws on the test's thread, exactly when the test says.
/// </summary>
public sealed partial class ConsoleProgressTests
{
    private const string Erase = "\r\u001b[2K";

    // The time is shown to a tenth of a second, rounded.
    private const double TenthOfASecond = 0.05 + 1e-9;
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void On_a_terminal_a_long_build_shows_its_stage_pages_and_time_then_erases_the_line()
    {
        using var terminal = new StringWriter();
        var start = _time.GetTimestamp();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, _time))
        {
            progress.Progress.Enter("render");
            for (var i = 0; i < 42; i++) progress.Progress.PageRendered();
            _time.Advance(ConsoleProgress.Delay);
            for (var i = 0; i < 8; i++) progress.Progress.PageRendered();
            for (var i = 0; i < 10; i++) _time.Advance(ConsoleProgress.Interval);
        }

        // Each drawing erases the one before; the last erasure leaves the line empty.
        var drawn = Drawings(terminal.ToString());
        Assert.Equal("", drawn[^1]);
        var lines = drawn[..^1].Select(StatusLine).ToArray();
        Assert.Equal(11, lines.Length);
        Assert.All(lines, line => Assert.Equal("render", line.Stage));
        Assert.Equal(42, lines[0].Pages);
        Assert.Equal(ConsoleProgress.Delay.TotalSeconds, lines[0].Seconds, TenthOfASecond);
        Assert.Equal(50, lines[^1].Pages);
        Assert.Equal(_time.GetElapsedTime(start).TotalSeconds, lines[^1].Seconds, TenthOfASecond);
    }

    [Fact]
    public void A_line_said_during_the_build_replaces_the_status_line_which_is_drawn_again_below_it()
    {
        using var terminal = new StringWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, _time))
        {
            progress.Progress.Enter("render");
            _time.Advance(ConsoleProgress.Delay);
            progress.Say("Installing Pagefind...");
            _time.Advance(ConsoleProgress.Interval);
        }

        var drawn = Drawings(terminal.ToString());
        Assert.Equal(4, drawn.Length);
        Assert.Equal("render", StatusLine(drawn[0]).Stage);
        Assert.Equal("Installing Pagefind..." + Environment.NewLine, drawn[1]);
        Assert.Equal("render", StatusLine(drawn[2]).Stage);
        Assert.Equal("", drawn[3]);
    }

    [Fact]
    public void A_line_said_before_anything_is_drawn_is_written_alone()
    {
        using var terminal = new StringWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, _time))
            progress.Say("Installing Pagefind...");

        Assert.Equal("Installing Pagefind..." + Environment.NewLine, terminal.ToString());
    }

    [Fact]
    public void A_build_that_ends_before_the_delay_draws_nothing_on_a_terminal()
    {
        using var terminal = new StringWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, _time))
        {
            progress.Progress.Enter("load");
            _time.Advance(ConsoleProgress.Delay - TimeSpan.FromTicks(1));
        }

        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void Elsewhere_nothing_is_drawn_however_long_it_takes()
    {
        using var log = new StringWriter();
        using (var progress = new ConsoleProgress(log, isTerminal: false, _time))
        {
            progress.Progress.Enter("render");
            _time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal("", log.ToString());
        Assert.False(ConsoleProgress.IsTerminal(log));
    }

    // What was drawn after each erasure of the line; the text before the first erasure must be empty.
    private static string[] Drawings(string written)
    {
        var parts = written.Split(Erase);
        Assert.Equal("", parts[0]);
        return parts[1..];
    }

    // A status line, read as the stage, the pages rendered and the seconds shown.
    private static (string Stage, int Pages, double Seconds) StatusLine(string drawn)
    {
        var match = Status().Match(drawn);
        Assert.True(match.Success, $"'{drawn}' is not a status line");
        return (match.Groups["stage"].Value, int.Parse(match.Groups["pages"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^  (?<stage>\S+) +(?<pages>\d+) pages rendered +(?<seconds>\d+\.\d) s$")]
    private static partial Regex Status();
}
