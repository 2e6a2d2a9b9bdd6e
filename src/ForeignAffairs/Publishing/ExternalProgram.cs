using System.Diagnostics;

namespace ForeignAffairs.Publishing;

/// <summary>
/// A program the build runs, such as Node.js or npm: found on the PATH as a shell finds it, and run to its end.
/// </summary>
internal static class ExternalProgram
{
    // Windows finds a program by its name with one of these endings; npm is a batch file there.
    private static readonly string[] WindowsEndings = [".exe", ".cmd"];

    /// <summary>
    /// The full path of the program <paramref name="name"/> on the PATH, or null when it is not there.
    /// </summary>
    public static string? Find(string name)
    {
        var names = OperatingSystem.IsWindows() ? WindowsEndings.Select(ending => name + ending).ToArray() : [name];
        return Environment.GetEnvironmentVariable("PATH")
            ?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(n => Path.Combine(folder, n)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Runs <paramref name="program"/> and waits for it; a run that takes longer than <paramref name="limit"/> is
    /// stopped, with its child processes, and has not <c>Finished</c>. <c>Said</c> is what it printed, errors first.
    /// </summary>
    public static (bool Finished, int ExitCode, string Said) Run(string program, IEnumerable<string> arguments,
        TimeSpan limit, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (false, -1, "");
        }
        var said = string.Join(' ', new[] { errors.Result, output.Result }.Where(t => t.Trim().Length > 0)).Trim();
        return (true, process.ExitCode, said);
    }
}
