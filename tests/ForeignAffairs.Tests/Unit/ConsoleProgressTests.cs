using ForeignAffairs.Cli;

namespace ForeignAffairs.Tests.Unit;

/// <summary>Progress on a terminal is one status line redrawn in place and erased at the end; elsewhere nothing is drawn.</summary>
public sealed class ConsoleProgressTests
{
    [Fact]
    public void On_a_terminal_a_long_build_shows_its_stage_and_pages_then_erases_the_line()
    {
        var terminal = new RecordingWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, delay: TimeSpan.Zero))
        {
            progress.Progress.Enter("render");
            for (var i = 0; i < 42; i++) progress.Progress.PageRendered();
            WaitFor(() => terminal.Text.Contains("42 pages rendered"));
        }

        var written = terminal.Text;
        var lines = written.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("render") && l.Contains("42 pages rendered"));
        Assert.EndsWith("\r\u001b[2K", written);
        Assert.DoesNotContain('\n', written);
    }

    [Fact]
    public void A_line_said_during_the_build_replaces_the_status_line_which_is_drawn_again_below_it()
    {
        var terminal = new RecordingWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true, delay: TimeSpan.Zero))
        {
            progress.Progress.Enter("render");
            WaitFor(() => terminal.Text.Contains("render"));
            progress.Say("Installing Pagefind...");
            WaitFor(() => terminal.Text.Split("Installing Pagefind...\n")[^1].Contains("render"));
        }

        var (before, after) = (terminal.Text.Split("Installing")[0], terminal.Text.Split("Pagefind...\n")[^1]);
        Assert.EndsWith("\r\u001b[2K", before);
        Assert.StartsWith("\r\u001b[2K  render", after);
    }

    [Fact]
    public void A_quick_build_on_a_terminal_draws_nothing()
    {
        using var terminal = new StringWriter();
        using (var progress = new ConsoleProgress(terminal, isTerminal: true)) progress.Progress.Enter("load");

        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void Elsewhere_nothing_is_drawn_however_long_it_takes()
    {
        using var log = new StringWriter();
        using (var progress = new ConsoleProgress(log, isTerminal: false))
        {
            progress.Progress.Enter("render");
            Thread.Sleep(TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal("", log.ToString());
        Assert.False(ConsoleProgress.IsTerminal(log));
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline) Thread.Sleep(20);
    }

    // What the progress writes, readable while its timer writes from another thread.
    private sealed class RecordingWriter : TextWriter
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _writes = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public string Text => string.Concat(_writes);

        public override void Write(char value) => _writes.Enqueue(value.ToString());

        public override void Write(string? value) => _writes.Enqueue(value ?? "");
    }
}
