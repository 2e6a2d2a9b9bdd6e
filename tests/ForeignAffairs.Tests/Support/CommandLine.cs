using ForeignAffairs.Cli;

namespace ForeignAffairs.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CommandLine
{
    /// <summary>
    /// Runs <paramref name="args"/>; returns the exit code and what went to standard output and standard error.
    /// </summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
