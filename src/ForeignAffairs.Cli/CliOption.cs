namespace ForeignAffairs.Cli;

/// <summary>
/// An option of a command, as its help shows it and the parser accepts it: <c>--name VALUE</c>, or <c>--name</c> alone.
/// </summary>
/// <param name="Name">The name without its dashes, such as <c>source</c>.</param>
/// <param name="Value">What its value is, such as <c>DIR</c>; null for a flag, which takes none.</param>
/// <param name="Description">What it does, for the help.</param>
internal sealed record CliOption(string Name, string? Value, string Description)
{
    /// <summary>The values it allows; empty when any value is allowed.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Its one-letter name, written with one dash, if it has one.</summary>
    public char? Letter { get; init; }

    /// <summary>How it is written on the command line.</summary>
    public string Spelling => "--" + Name;

    /// <summary>Whether <paramref name="written"/> names it, by its name or its letter.</summary>
    public bool IsWritten(string written) => written == Spelling || (Letter is { } letter && written == $"-{letter}");

    /// <summary>
    /// The site folder, which must exist: a command that takes this option is refused (exit 2) when it does not. A
    /// command that creates the folder defines a <c>--source</c> of its own.
    /// </summary>
    public static readonly CliOption Source =
        new("source", "DIR",
            "the site folder, holding content/ and, to change the theme, themes/ (default: the current folder)");

    /// <summary>How problems are printed.</summary>
    public static readonly CliOption Format = new("format", "FORMAT",
        "how problems are printed: text (default) or json")
    {
        Choices = ["text", "json"],
    };

    /// <summary>Prints the time of each stage.</summary>
    public static readonly CliOption Timings =
        new("timings", null, "print how long each stage took (load, render, verify, publish, search)");

    /// <summary>Prints what each template cost.</summary>
    public static readonly CliOption TemplateMetrics = new("template-metrics", null,
        "print, for each layout and partial of the theme, how often it was rendered and the time spent in it");

    /// <summary>Keeps the build from installing Pagefind.</summary>
    public static readonly CliOption Offline = new("offline", null,
        "never install Pagefind for search: "
        + "without it in the site's node_modules or in the tool's cache, the site is built "
        + "without its search pages (warning FA5005)");

    /// <summary>Adds the details of an unexpected failure.</summary>
    public static readonly CliOption Verbose = new("verbose", null, "add the details of an unexpected failure");

    /// <summary>Shows the help of the command instead of running it.</summary>
    public static readonly CliOption Help = new("help", null, "show this help") { Letter = 'h' };

    /// <summary>The options every command takes.</summary>
    public static IReadOnlyList<CliOption> Common { get; } = [Verbose, Help];
}
