using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ForeignAffairs.Cli;

/// <summary>
/// The command compiled to native code (Native AOT), which a Release build of this project puts in <c>native/</c>
/// beside it: started through .NET, the command hands over to it, as Pagefind's npm runner hands over to its binary.
/// Native code starts at once and has nothing to compile while it runs: the runtime's start, type loading and
/// just-in-time compilation were a third of the processor time of a build of 1,000 projects in three languages.
/// </summary>
internal static class NativeCommand
{
    /// <summary>Set to 0 or false, the command runs on .NET even where its native build is.</summary>
    public const string Variable = "FOREIGN_AFFAIRS_NATIVE";

    // The assemblies the native build is made from, beside the command: it is current when it is not older than both
    // (a change to the generator alone leaves the command's assembly as it was).
    private static readonly string[] Assemblies = ["foreign-affairs.dll", "ForeignAffairs.dll"];

    /// <summary>Whether this process runs the native build.</summary>
    public static bool IsRunning => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Replaces this process with the native build in <c>native/</c> beside the command's assemblies in
    /// <paramref name="folder"/> when it is current, on a system where one process can become another (not Windows).
    /// Returns only when it does not.
    /// </summary>
    public static void HandOver(string folder, IReadOnlyList<string> args)
    {
        if (IsRunning || OperatingSystem.IsWindows() || TurnedOff()) return;
        if (For(folder) is not { } native) return;
        LeaveNoTrace();
        try
        {
            // Only a failed exec returns (a binary that cannot run on this system): the command then runs on .NET.
            _ = Exec(native, [native, .. args, null]);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    private static bool TurnedOff() => Environment.GetEnvironmentVariable(Variable) is { } choice
        && (choice == "0" || choice.Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The native build beside the command's assemblies in <paramref name="folder"/>, or null when there is none or it
    /// is older than one of them.
    /// </summary>
    internal static string? For(string folder)
    {
        var native = new FileInfo(Path.Combine(folder, "native", "foreign-affairs"));
        return native.Exists && Assemblies.All(a => native.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(
            Path.Combine(folder, a))) ? native.FullName : null;
    }

    // The runtime's diagnostics channel and debugger pipes of this process, which it removes only when it shuts down,
    // and a process that becomes another does not.
    private static void LeaveNoTrace()
    {
        var id = Environment.ProcessId;
        string[] patterns =
            [$"dotnet-diagnostic-{id}-*-socket", $"clr-debug-pipe-{id}-*-in", $"clr-debug-pipe-{id}-*-out"];
        foreach (var file in patterns.SelectMany(p => Directory.EnumerateFiles(Path.GetTempPath(), p)))
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    // "ANSI" strings are UTF-8 on every system but Windows; the arguments end with a null.
    [DllImport("libc", EntryPoint = "execv", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Exec(string path,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] argv);
}
