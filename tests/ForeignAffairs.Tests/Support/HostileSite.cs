using System.Text.RegularExpressions;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// A fixture site built once, so that it has a previous output, for trying hostile input on the whole command line:
/// change the site (or its surroundings), then <see cref="Run"/> a command. Every run is held to the same promises: it
/// ends, prints no stack trace, and when it fails it leaves the site folder, the output and everything beside them
/// exactly as they were.
/// </summary>
public sealed partial class HostileSite : IDisposable
{
    private readonly FixtureSite _site;

    /// <summary>
    /// Copies the fixture <paramref name="fixture"/> and builds it into <see cref="FixtureSite.Output"/>.
    /// </summary>
    public HostileSite(string fixture = "three-languages")
    {
        _site = FixtureSite.Copy(fixture);
        _site.BuildSuccessfully();
    }

    /// <summary>The site folder.</summary>
    public string Root => _site.Root;

    /// <summary>The output built before the hostile change.</summary>
    public string Output => _site.Output;

    /// <summary>The folder holding the site folder: what a run must not touch either.</summary>
    public string Surroundings => Path.GetDirectoryName(Root)!;

    /// <summary>The full path of <paramref name="relative"/> in the site folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes <paramref name="text"/> to a file of the site, creating folders as needed.</summary>
    public void Write(string relative, string text) => _site.Write(relative, text);

    /// <summary>
    /// Runs the command line with <paramref name="args"/> followed by <c>--source</c> and the site folder. When the run
    /// fails, asserts that the site folder (output included) is exactly as it was.
    /// </summary>
    public HostileOutcome Run(params string[] args)
    {
        var before = FolderState.Of(Root);
        var run = Task.Run(() => CommandLine.Run([.. args, "--source", Root]));
        // Minutes, only so that a run that hangs (on a named pipe, say) fails the test rather than hangs it.
        Assert.True(run.Wait(TimeSpan.FromMinutes(2)), $"'{string.Join(' ', args)}' did not end");
        var (exit, stdout, stderr) = run.Result;
        Assert.False(StackFrame().IsMatch(stdout + stderr), $"a stack trace was printed:\n{stdout}{stderr}");
        if (exit != 0) Assert.Equal(before, FolderState.Of(Root));
        return new HostileOutcome(exit, stdout, stderr, Reported().Matches(stderr).Select(m =>
            $"{m.Groups["path"].Value}:{Number(m.Groups["line"])}:{Number(m.Groups["column"])}: " +
                $"{m.Groups["severity"].Value} {m.Groups["code"].Value}")
            .ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => _site.Dispose();

    [GeneratedRegex(@"^\s+at \S+.*\)( in .*)?$", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    private static string Number(Group group) => group.Success ? group.Value : "0";

    // A reported problem, "path[:line[:column]]: severity code: message", as the command line prints it.
    [GeneratedRegex(@"^(?<path>.+?)(?::(?<line>\d+)(?::(?<column>\d+))?)?: " +
        @"(?<severity>error|warning) (?<code>FA\d{4})\b", RegexOptions.Multiline)]
    private static partial Regex Reported();
}

/// <summary>
/// What a hostile run gave: its exit code, what it printed, and each problem as <c>path:line:column: severity code</c>.
/// </summary>
public sealed record HostileOutcome(int Exit, string Out, string Err, IReadOnlyList<string> Problems);
