using System.Text;

namespace ForeignAffairs.Cli;

/// <summary>The help, written from the command table: the overview of the commands, and each command's own.</summary>
internal static class HelpText
{
    private const string Tool = "foreign-affairs";
    private const int Width = 120;

    /// <summary>The usage line of <paramref name="command"/>, or of the tool when it is null.</summary>
    public static string Usage(CliCommand? command) => command is null
        ? $"Usage: {Tool} <command> [options]"
        : $"Usage: {Tool} {command.Name}{(command.Arguments.Length > 0 ? " " + command.Arguments : "")} [options]";

    /// <summary>What follows a usage error: the usage line, and where to read more.</summary>
    public static string Reminder(CliCommand? command) => Usage(command) + Environment.NewLine + (command is null
        ? $"Run '{Tool} --help' for the commands."
        : $"Run '{Tool} {command.Name} --help' for its options and an example.");

    /// <summary>The help of <paramref name="command"/>, or the overview of the commands when it is null.</summary>
    public static string For(CliCommand? command) => command is null ? Overview() : Of(command);

    private static string Overview()
    {
        var text = new StringBuilder(Usage(null)).AppendLine().AppendLine().AppendLine("Commands:");
        var column = CommandTable.All.Max(c => c.Name.Length) + 4;
        foreach (var command in CommandTable.All) text.Append(Indented(command.Name, command.Summary, column));
        text.AppendLine().AppendLine("Options:")
            .Append(Indented("-h, --help", "show this help; after a command, that command's help", column))
            .Append(Indented("--version", "show the version of foreign-affairs", column))
            .AppendLine()
            .AppendLine($"Run '{Tool} <command> --help' for a command's options and an example.")
            .Append(Wrapped("Exit codes: 0 success, "
                + "1 the content has errors or a file could not be read or written (with --strict: or "
                + "warnings, or translations left to do), 2 wrong usage, 3 a fault of foreign-affairs itself.", 0))
            .AppendLine("When GITHUB_ACTIONS is true, problems are also printed as workflow annotations.");
        return text.ToString();
    }

    private static string Of(CliCommand command)
    {
        var text = new StringBuilder(Usage(command)).AppendLine().AppendLine().Append(Wrapped(command.Summary, 0));
        if (command.Details.Length > 0) text.AppendLine().Append(Wrapped(command.Details, 0));
        text.AppendLine().AppendLine("Options:");
        var column = command.AllOptions.Max(o => Written(o).Length) + 4;
        foreach (var option in command.AllOptions) text.Append(Indented(Written(option), option.Description, column));
        return text.AppendLine().AppendLine("Example:").AppendLine("  " + command.Example).ToString();
    }

    private static string Written(CliOption option) =>
        (option.Letter is { } letter ? $"-{letter}, " : "") + option.Spelling +
            (option.Value is null ? "" : " " + option.Value);

    // "  name      description", the description wrapped to the width and aligned at the column.
    private static string Indented(string name, string description, int column) =>
        ("  " + name).PadRight(column) + Wrapped(description, column).TrimStart();

    private static string Wrapped(string text, int indent)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent + line.Length + 1 + word.Length > Width)
            {
                lines.Append(' ', indent).Append(line).AppendLine();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        return lines.Append(' ', indent).Append(line).AppendLine().ToString();
    }
}
