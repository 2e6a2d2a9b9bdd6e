using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli;

/// <summary>
/// A parsed command line: the command and its options, a request for help or the version, or what is wrong.
/// </summary>
/// <param name="Command">The command, such as <c>build</c>; null for the tool's own help or version, or an unknown
/// command.</param>
/// <param name="Options">Options by name, without the leading dashes; flags have the value "true".</param>
/// <param name="Arguments">The arguments that are not options, for commands that take some.</param>
internal sealed record Invocation(CliCommand? Command, IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<string> Arguments)
{
    /// <summary>What is wrong with the command line, if anything: a usage error.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the help was asked for: the command's, or the overview when there is no command.</summary>
    public bool WantsHelp { get; init; }

    /// <summary>Whether the tool's version was asked for.</summary>
    public bool WantsVersion { get; init; }

    /// <summary>The site folder: <c>--source</c>, or the current folder.</summary>
    public string Source => Options.GetValueOrDefault("source") ?? ".";

    /// <summary>How problems are printed: <c>--format</c>, or text.</summary>
    public string Format => Options.GetValueOrDefault("format") ?? "text";

    /// <summary>Whether the flag <paramref name="name"/> was given.</summary>
    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>
    /// Parses <c>command [--name value | --name=value | --flag | argument]...</c>, <c>help [command]</c>, <c>--help</c>
    /// and <c>--version</c>.
    /// </summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return Refused(null, "no command given");
        var first = args[0];
        return first switch
        {
            "--version" => Empty(null) with { WantsVersion = true },
            _ when CliOption.Help.IsWritten(first) => Empty(null) with { WantsHelp = true },
            "help" => HelpOf(args.Skip(1).ToArray()),
            _ when first.StartsWith('-') =>
                Refused(null, $"unknown option '{first}'; {Suggestion.Hint(first, ["--help", "--version"])}"),
            _ when CommandTable.Find(first) is { } command => OptionsOf(command, args.Skip(1).ToArray()),
            _ => Refused(null,
                $"unknown command '{first}'; {Suggestion.Hint(first, CommandTable.All.Select(c => c.Name).ToArray())}"),
        };
    }

    private static Invocation Empty(CliCommand? command) =>
        new(command, new Dictionary<string, string>(StringComparer.Ordinal), []);

    private static Invocation Refused(CliCommand? command, string error) => Empty(command) with { Error = error };

    // help, help <command>: the same as --help and <command> --help.
    private static Invocation HelpOf(IReadOnlyList<string> rest) => rest.Count switch
    {
        0 => Empty(null) with { WantsHelp = true },
        1 => Parse([rest[0], "--help"]),
        _ => Refused(null, $"unexpected argument '{rest[1]}'; help takes one command"),
    };

    private static Invocation OptionsOf(CliCommand command, IReadOnlyList<string> rest)
    {
        if (rest.Any(CliOption.Help.IsWritten)) return Empty(command) with { WantsHelp = true };
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            if (IsOption(rest[i]))
            {
                if (ReadOption(command, rest, ref i, options) is { } error) return Refused(command, error);
            }
            else if (command.Arguments.Length > 0) arguments.Add(rest[i]);
            else return Refused(command, $"unexpected argument '{rest[i]}'; {command.Name} takes only options");
        }
        return new Invocation(command, options, arguments);
    }

    private static bool IsOption(string arg) => arg.Length > 1 && arg.StartsWith('-');

    // Reads the option at rest[i], and its value, which may be the next argument, into options; returns what is wrong
    // with it.
    private static string? ReadOption(CliCommand command, IReadOnlyList<string> rest, ref int i,
        Dictionary<string, string> options)
    {
        var (spelling, value) = rest[i].IndexOf('=') is var eq and > 0 ? (rest[i][..eq], rest[i][(eq + 1)..])
            : (rest[i], null);
        if (command.AllOptions.FirstOrDefault(o => o.IsWritten(spelling)) is not { } option)
            return $"unknown option '{spelling}' for {command.Name}; " +
                Suggestion.Hint(spelling, command.AllOptions.Select(o => o.Spelling).ToArray());
        if (option.Value is null)
        {
            if (value is not null) return $"the option '{spelling}' takes no value";
            value = "true";
        }
        else if (value is null)
        {
            // A missing value, rather than the next option taken as one.
            if (i + 1 >= rest.Count || rest[i + 1].StartsWith("--", StringComparison.Ordinal))
                return $"the option '{spelling}' needs a value ({option.Value})";
            value = rest[++i];
        }
        if (option.Choices.Count > 0 && !option.Choices.Contains(value, StringComparer.Ordinal))
            return $"unknown value '{value}' for {spelling}; {Suggestion.Hint(value, option.Choices)}";
        options[option.Name] = value;
        return null;
    }
}
