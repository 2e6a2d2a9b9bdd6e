namespace ForeignAffairs.Cli;

/// <summary>A parsed command line: the command, its options, or the usage error that stops it.</summary>
/// <param name="Command">The command name, such as <c>build</c>.</param>
/// <param name="Options">Options by name, without the leading dashes.</param>
/// <param name="Error">What is wrong with the command line, if anything.</param>
internal sealed record Invocation(string Command, IReadOnlyDictionary<string, string> Options, string? Error)
{
    private static readonly Dictionary<string, string[]> KnownOptions = new()
    {
        ["build"] = ["source", "output", "base-url"],
    };

    /// <summary>Parses <c>command [--name value]...</c>.</summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return new Invocation("", new Dictionary<string, string>(), "no command given");
        var command = args[0];
        if (command is "--help" or "-h" or "help") return new Invocation("help", new Dictionary<string, string>(), null);
        if (!KnownOptions.TryGetValue(command, out var known))
            return new Invocation(command, new Dictionary<string, string>(), $"unknown command '{command}'");

        var options = new Dictionary<string, string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h") return new Invocation("help", options, null);
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                return new Invocation(command, options, $"unexpected argument '{arg}'");
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (!known.Contains(name)) return new Invocation(command, options, $"unknown option '--{name}' for {command}");
            if (value is null)
            {
                if (i + 1 >= args.Count) return new Invocation(command, options, $"the option '--{name}' needs a value");
                value = args[++i];
            }
            options[name] = value;
        }
        return new Invocation(command, options, null);
    }
}
