namespace ForeignAffairs.Cli;

internal static class NewCommand
{
    public static int Run(string source, Invocation invocation, TextWriter stdout, TextWriter stderr) => 2;
}
