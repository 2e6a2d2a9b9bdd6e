namespace ForeignAffairs.Cli;

/// <summary>A parsed command line: the command, its options, or the usage error that stops it.</summary>
/// <param name="Command">The command name, such as <c>build</c>.</param>
/// <param name="Options">Options by name, without the leading dashes; flags have the value "true".</param>
/// <param name="Arguments">The arguments that are not options, for commands that take some.</param>
/// <param name="Error">What is wrong with the command line, if anything.</param>
internal sealed record Invocation(
    string Command,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<string> Arguments,
    string? Error)
{
    // Each command's options; a name ending in '!' is a flag that takes no value, and "..." allows plain arguments.
    private static readonly Dictionary<string, string[]> KnownOptions = new()
    {
        ["build"] = ["source", "output", "base-url", "format", "no-verify!", "timings!", "adopt-output!", "verbose!"],
        ["check"] = ["source", "strict!", "format", "timings!", "verbose!"],
        ["serve"] = ["source", "port", "verbose!"],
        ["new"] = ["source", "...", "verbose!"],
        ["schema"] = ["source", "output", "verbose!"],
        ["translations"] = ["source", "strict!", "format", "mark", "...", "verbose!"],
        ["init"] = ["languages", "title", "...", "verbose!"],
        ["theme"] = ["source", "...", "verbose!"],
    };

    /// <summary>The commands, for the usage text.</summary>
    public static IEnumerable<string> Commands => KnownOptions.Keys;

    /// <summary>Whether the flag <paramref name="name"/> was given.</summary>
    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>Parses <c>command [--name value | --name=value | --flag]...</c>.</summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>();
        var arguments = new List<string>();
        Invocation Result(string command, string? error = null) => new(command, options, arguments, error);

        if (args.Count == 0) return Result("", "no command given");
        var command = args[0];
        if (command is "--help" or "-h" or "help") return Result("help");
        if (!KnownOptions.TryGetValue(command, out var known)) return Result(command, $"unknown command '{command}'");

        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h") return Result("help");
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!known.Contains("...")) return Result(command, $"unexpected argument '{arg}'");
                arguments.Add(arg);
                continue;
            }
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (known.Contains(name + "!"))
            {
                if (value is not null) return Result(command, $"the option '--{name}' takes no value");
                options[name] = "true";
                continue;
            }
            if (!known.Contains(name)) return Result(command, $"unknown option '--{name}' for {command}");
            if (value is null)
            {
                if (i + 1 >= args.Count) return Result(command, $"the option '--{name}' needs a value");
                value = args[++i];
            }
            options[name] = value;
        }
        return Result(command);
    }
}
