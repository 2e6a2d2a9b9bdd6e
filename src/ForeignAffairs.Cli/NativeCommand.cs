using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

[assembly: DisableRuntimeMarshalling]

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
        if (IsRunning || OperatingSystem.IsWindows() || TurnedOff() || !CanRun) return;
        if (For(folder) is not { } native) return;
        LeaveNoTrace();
        try
        {
            // Only a failed exec returns (a binary that cannot run on this system): the command then runs on .NET.
            Exec([native, .. args], Collector.EnvironmentFor(args));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    /// <summary>
    /// Whether this processor has the instructions the native build is compiled for: on x64, those of x86-64-v3 (AVX2,
    /// BMI, FMA, LZCNT), without which it would stop at once.
    /// </summary>
    internal static bool CanRun => RuntimeInformation.ProcessArchitecture != Architecture.X64
        || (Avx2.IsSupported && Bmi1.IsSupported && Bmi2.IsSupported && Fma.IsSupported && Lzcnt.IsSupported);

    private static bool TurnedOff() => Environment.GetEnvironmentVariable(Variable) is { } choice
        && (choice == "0" || choice.Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The native build beside the command's assemblies in <paramref name="folder"/>, or null when there is none or it
    /// is older than one of them.
    /// </summary>
    internal static string? For(string folder)
    {
        var native = new FileInfo(Path.Combine(folder, "native", "foreign-affairs"));
        if (!native.Exists) return null;
        // Loops rather than LINQ, here and up to the hand-over: each library .NET loads first is a few milliseconds
        // more of the command's start.
        foreach (var assembly in Assemblies)
            if (native.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(folder, assembly))) return null;
        return native.FullName;
    }

    // The runtime's diagnostics channel and debugger pipes of this process, which it removes only when it shuts down,
    // and a process that becomes another does not. On Linux their names are known: the runtime tells its processes
    // apart by their number and the tick they started at, which /proc gives (with diagnostics turned off, they are not
    // there to remove). Elsewhere the temporary folder is read, which may hold thousands of files (milliseconds).
    private static void LeaveNoTrace()
    {
        var id = Environment.ProcessId;
        var folder = Path.GetTempPath();
        try
        {
            string[] own = StartTick() is { } tick
                ? [Path.Combine(folder, $"dotnet-diagnostic-{id}-{tick}-socket"),
                    Path.Combine(folder, $"clr-debug-pipe-{id}-{tick}-in"),
                    Path.Combine(folder, $"clr-debug-pipe-{id}-{tick}-out")]
                : Array.FindAll(Directory.GetFiles(folder, $"*-{id}-*"), file => IsOwn(Path.GetFileName(file), id));
            foreach (var file in own) Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder that is gone or cannot be read holds nothing of this process's.
        }
    }

    /// <summary>
    /// When this process started, in clock ticks since the system did, from <c>/proc/self/stat</c>; null where there
    /// is no <c>/proc</c>. Read through the C library: the first file .NET itself opens costs about 5 ms of the
    /// command's start (the hand-over took 27 ms, 7 of them here), and the hand-over opens no other.
    /// </summary>
    internal static string? StartTick()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var path = Marshal.StringToCoTaskMemUTF8("/proc/self/stat");
        var buffer = Marshal.AllocCoTaskMem(StatLength);
        try
        {
            var file = Open(path, 0); // O_RDONLY
            if (file < 0) return null;
            var length = (int)Read(file, buffer, StatLength);
            _ = Close(file);
            return length > 0 ? TickIn(Marshal.PtrToStringUTF8(buffer, length)) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeCoTaskMem(path);
            Marshal.FreeCoTaskMem(buffer);
        }
    }

    // Enough for the fields up to the start tick, whatever the program's name.
    private const int StatLength = 4096;

    /// <summary>
    /// The start tick in a process's <paramref name="stat"/> line: its 22nd field, counted after the program's name,
    /// which is in parentheses and may hold spaces and parentheses; null when it is not a number.
    /// </summary>
    internal static string? TickIn(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Checked by hand: a parse would load the globalization library, which the native command loads again.
        var tick = fields.Length > 19 ? fields[19] : "";
        return tick.Length > 0 && !tick.AsSpan().ContainsAnyExceptInRange('0', '9') ? tick : null;
    }

    private static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is the runtime's diagnostics channel or a debugger pipe of the process
    /// <paramref name="processId"/>. The number after the process's own is when some process started, which may be
    /// that number too: only the names that start with it are its own.
    /// </summary>
    internal static bool IsOwn(string name, int processId)
    {
        var id = $"-{processId}-";
        return name.StartsWith("dotnet-diagnostic" + id, StringComparison.Ordinal)
            ? name.EndsWith("-socket", StringComparison.Ordinal)
            : name.StartsWith("clr-debug-pipe" + id, StringComparison.Ordinal)
                && (name.EndsWith("-in", StringComparison.Ordinal) || name.EndsWith("-out", StringComparison.Ordinal));
    }

    /// <summary>
    /// Replaces this process with the program <paramref name="argv"/>[0] names, with this process's environment or,
    /// given, <paramref name="environment"/> (<c>NAME=value</c> each); returns only when it cannot. The arguments are
    /// handed over as C strings, in UTF-8, in an array that ends with a null.
    /// </summary>
    internal static void Exec(string[] argv, IReadOnlyList<string>? environment = null)
    {
        var (args, argStrings) = CStrings(argv);
        var (variables, variableStrings) = CStrings(environment ?? []);
        try
        {
            _ = environment is null ? ExecV(argStrings[0], args) : ExecVE(argStrings[0], args, variables);
        }
        finally
        {
            Free(args, argStrings);
            Free(variables, variableStrings);
        }
    }

    // The strings as C strings, and an array of their addresses that ends with a null.
    private static (IntPtr Array, IntPtr[] Strings) CStrings(IReadOnlyList<string> values)
    {
        var strings = new IntPtr[values.Count];
        for (var i = 0; i < strings.Length; i++) strings[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
        var array = Marshal.AllocCoTaskMem(IntPtr.Size * (strings.Length + 1));
        for (var i = 0; i <= strings.Length; i++)
            Marshal.WriteIntPtr(array, i * IntPtr.Size, i < strings.Length ? strings[i] : IntPtr.Zero);
        return (array, strings);
    }

    private static void Free(IntPtr array, IntPtr[] strings)
    {
        foreach (var s in strings) Marshal.FreeCoTaskMem(s);
        Marshal.FreeCoTaskMem(array);
    }

    // Only addresses cross: with the runtime's marshalling off for this assembly (DisableRuntimeMarshalling), the call
    // is compiled ahead of time with the rest, where marshalled strings needed a stub compiled at run time.
    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(IntPtr path, int flags);

    [DllImport("libc", EntryPoint = "read")]
    private static extern nint Read(int file, IntPtr buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int file);

    [DllImport("libc", EntryPoint = "execv")]
    private static extern int ExecV(IntPtr path, IntPtr argv);

    [DllImport("libc", EntryPoint = "execve")]
    private static extern int ExecVE(IntPtr path, IntPtr argv, IntPtr environment);
}
