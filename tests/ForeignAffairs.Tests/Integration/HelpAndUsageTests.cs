using System.Reflection;
using System.Text.RegularExpressions;
using ForeignAffairs.Cli;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The command line as a new user meets it: an overview of the commands, each command's own help, the version, a
/// suggestion for a misspelt command, option or value, and a usage error told with that command's usage alone.
/// </summary>
public sealed partial class HelpAndUsageTests
{
    public static TheoryData<string, string[]> OptionsOfEachCommand => new()
    {
        { "build", ["--source", "--output", "--base-url", "--format", "--no-verify", "--timings", "--template-metrics",
            "--adopt-output", "--offline", "--verbose", "--help"] },
        { "check", ["--source", "--strict", "--format", "--timings", "--template-metrics", "--offline", "--verbose",
            "--help"] },
        { "serve", ["--source", "--port", "--offline", "--verbose", "--help"] },
        { "new", ["--source", "--verbose", "--help"] },
        { "schema", ["--source", "--output", "--verbose", "--help"] },
        { "translations", ["--source", "--strict", "--format", "--mark", "--verbose", "--help"] },
        { "init", ["--languages", "--title", "--verbose", "--help"] },
        { "theme", ["--source", "--verbose", "--help"] },
    };

    [Fact]
    public void The_overview_lists_each_command_in_one_line_and_says_how_to_get_its_help()
    {
        var (exit, stdout, _) = CommandLine.Run("--help");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        Assert.Equal("Usage: foreign-affairs <command> [options]", lines[0]);
        var commands = lines.SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(OptionsOfEachCommand.Select(row => (string)row[0]), commands.Select(l => l.Split(' ', Words)[0]));
        Assert.Contains("Run 'foreign-affairs <command> --help' for a command's options and an example.", lines);
        Assert.DoesNotContain("--source", stdout);
    }

    [Theory]
    [InlineData("build", "--help")]
    [InlineData("build", "-h")]
    [InlineData("help", "build")]
    [InlineData("build", "--ouput", "public", "--help")]
    public void Build_help_is_builds_usage_options_and_example_alone(params string[] args)
    {
        var (exit, stdout, stderr) = CommandLine.Run(args);

        Assert.Equal((0, ""), (exit, stderr));
        var help = Help.Read(stdout);
        Assert.Equal("Usage: foreign-affairs build [options]", help.Usage);
        Assert.Equal((string[])OptionsOfEachCommand.First(row => (string)row[0] == "build")[1],
            help.Options.Select(o => o.Spelling));
        Assert.StartsWith("foreign-affairs build ", help.Example);
        Assert.DoesNotContain("translations", stdout);
    }

    [Theory]
    [MemberData(nameof(OptionsOfEachCommand))]
    public void Each_commands_help_lists_exactly_the_options_it_accepts_and_an_example_that_parses(string command,
        string[] options)
    {
        var help = Help.Read(CommandLine.Run(command, "--help").Out);

        Assert.Equal(options, help.Options.Select(o => o.Spelling));
        foreach (var (spelling, value) in help.Options.Where(o => o.Spelling != "--help"))
        {
            var parsed = Invocation.Parse(
                value is null ? [command, spelling] : [command, spelling, SampleValues[value]]);
            Assert.Null(parsed.Error);
            Assert.True(parsed.Has(spelling[2..]), spelling);
        }
        Assert.Null(Invocation.Parse(help.Example.Split(' ')[1..]).Error);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var (exit, stdout, stderr) = CommandLine.Run("--version");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Matches(@"^foreign-affairs \d+\.\d+\.\d+(\+[0-9a-f]{40})?\n$", stdout);
        var version = typeof(CliApplication).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal($"foreign-affairs {version}\n", stdout);
    }

    [Theory]
    [InlineData("unknown command 'buld'; did you mean 'build'?", "buld")]
    [InlineData("unknown command 'chek'; did you mean 'check'?", "help", "chek")]
    [InlineData("unknown command 'publish'; expected one of: build, check, init, new, schema, serve, theme, " +
        "translations", "publish")]
    [InlineData("unknown option '--verison'; did you mean '--version'?", "--verison")]
    public void A_misspelt_command_gets_a_suggestion_and_the_tools_usage(string message, params string[] args)
    {
        var (exit, stdout, stderr) = CommandLine.Run(args);

        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal(["foreign-affairs: " + message, "Usage: foreign-affairs <command> [options]",
            "Run 'foreign-affairs --help' for the commands."], stderr.Split('\n', Words));
    }

    [Theory]
    [InlineData("build", "unknown option '--ouput' for build; did you mean '--output'?", "--ouput", "public")]
    [InlineData("check", "unknown value 'jsno' for --format; did you mean 'json'?", "--format", "jsno")]
    [InlineData("check", "unknown option '--output' for check; expected one of: --format, --help, --offline, " +
        "--source, --strict, --template-metrics, --timings, --verbose", "--output", "public")]
    [InlineData("build", "the option '--output' needs a value (DIR)", "--output", "--offline")]
    [InlineData("build", "the option '--offline' takes no value", "--offline=yes")]
    [InlineData("build", "unexpected argument 'my-site'; build takes only options", "my-site")]
    [InlineData("serve", "unknown option '-p' for serve; expected one of: --help, --offline, --port, --source, " +
        "--verbose", "-p", "80")]
    public void Wrong_usage_exits_2_with_the_commands_usage_alone(string command, string message, params string[] args)
    {
        var (exit, stdout, stderr) = CommandLine.Run([command, .. args]);

        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal(["foreign-affairs: " + message, $"Usage: foreign-affairs {command} [options]",
            $"Run 'foreign-affairs {command} --help' for its options and an example."], stderr.Split('\n', Words));
    }

    private const StringSplitOptions Words = StringSplitOptions.RemoveEmptyEntries;

    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["DIR"] = "public", ["URL"] = "https://example.org/", ["FORMAT"] = "json", ["N"] = "8080", ["LANG"] = "ja",
        ["LIST"] = "en,ja,ko", ["TEXT"] = "Invest",
    };

    /// <summary>
    /// A command's help, read back: its usage line, its options with the value each takes, and its example.
    /// </summary>
    private sealed record Help(string Usage, IReadOnlyList<(string Spelling, string? Value)> Options, string Example)
    {
        public static Help Read(string text)
        {
            var lines = text.Split('\n');
            var options = lines.SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0)
                .Select(l => OptionLine().Match(l)).Where(m => m.Success)
                .Select(m => (m.Groups["spelling"].Value, m.Groups["value"].Success ? m.Groups["value"].Value : null))
                .ToArray();
            var example = lines.SkipWhile(l => l != "Example:").Skip(1).First().Trim();
            return new Help(lines[0], options, example);
        }
    }

    // " --output DIR description" or " -h, --help description"; a wrapped description's lines start with spaces alone.
    [GeneratedRegex(@"^  (?:-\w, )?(?<spelling>--[a-z-]+)(?: (?<value>[A-Z]+))?  ")]
    private static partial Regex OptionLine();
}
