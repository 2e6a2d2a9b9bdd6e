namespace ForeignAffairs.Cli;

/// <summary>
/// A command of the command line, with all its help says: what it does, what it takes and an example.
/// </summary>
/// <param name="Name">What it is called on the command line, such as <c>build</c>.</param>
/// <param name="Summary">What it does, in the one line the list of commands gives it.</param>
/// <param name="Options">Its own options; every command also takes those of <see cref="CliOption.Common"/>.</param>
/// <param name="Example">A typical command line.</param>
/// <param name="Run">Runs it: writes results to standard output and problems to standard error, and returns the exit
/// code.</param>
internal sealed record CliCommand(string Name, string Summary, IReadOnlyList<CliOption> Options, string Example,
    Func<Invocation, TextWriter, TextWriter, int> Run)
{
    /// <summary>
    /// How the plain arguments it takes are written in its usage, such as <c>&lt;collection&gt; &lt;slug&gt;</c>; empty
    /// when it takes none.
    /// </summary>
    public string Arguments { get; init; } = "";

    /// <summary>More about what it does, for its own help.</summary>
    public string Details { get; init; } = "";

    /// <summary>Every option it takes, its own and the common ones.</summary>
    public IEnumerable<CliOption> AllOptions => Options.Concat(CliOption.Common);
}
