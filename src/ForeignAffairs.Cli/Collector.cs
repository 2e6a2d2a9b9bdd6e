using System.Collections;
using System.IO.Enumeration;
using System.Runtime;
using ForeignAffairs.Content;

namespace ForeignAffairs.Cli;

/// <summary>
/// The garbage collector that the native command builds, checks or serves a site with. It starts with the workstation
/// collector, which collects on the thread that allocated while every other thread waits: on a site of ten thousand
/// projects in three languages, 700 collections paused a build for about 2.5 of its 13 s. The server collector works on
/// several cores at once, and sizes its heaps to what the process keeps, but it takes more memory, and it gains a small
/// site less time than starting again costs. So a site with many entries is built, checked and served with it: the
/// command started through .NET hands over to the native one with it chosen, and the native command run directly starts
/// again with it, once. To build or check, either collector's heap is put on huge pages (<see cref="HugePages"/>),
/// without which the server collector's larger heaps cost more than they gained below 5,000 entries: the sample took 40
/// to 50 ms longer to build with it. The preview, which runs on, takes its pages as it grows. A smaller site is built
/// or checked with a first budget of the workstation collector large enough that a site the size of the sample is never
/// collected (<see cref="Gen0Budget"/>).
/// </summary>
internal static class Collector
{
    /// <summary>
    /// The entries from which a site is built, checked or served with the server collector. Builds with and without it
    /// in turn, on two cores, the heap on huge pages: at 3,000 projects in three languages 13 % less time in 26 % more
    /// memory; at 1,000, 8 % less in 44 % more. Handed over to with it, without starting again: at 600 projects (633
    /// entries) 0.77 s against 0.90 s, in 182 MiB against 225 MiB; at 300 (333 entries), 0.51 s either way (medians of
    /// 10).
    /// </summary>
    public const int LargeSite = 500;

    // Read by the runtime as it starts. A value that is already set, the user's or this command's own, is kept.
    private const string Variable = "DOTNET_gcServer";

    // The workstation collector's first budget, which the runtime reads as it starts, in hexadecimal.
    private const string Gen0Variable = "DOTNET_GCgen0size";

    /// <summary>
    /// What the workstation collector may allocate before it first collects when a site is built or checked through
    /// the hand-over: 64 MiB, in hexadecimal as the runtime reads it, above the 50 MiB a check of the sample allocates.
    /// Its own budget made two collections of that check, which paused it for 17 to 32 ms: the native check took 147
    /// against 160 ms, then 175 against 187 ms (medians of 25 in turn), and a build of 300 projects in three languages
    /// 374 against 384 ms, in 147 MiB either way. Half as much was worse than the collector's own (169 ms): its one
    /// collection came when most of what the check had made was still in use.
    /// </summary>
    internal const string Gen0Budget = "4000000";

    // How much the server collector lets its budgets grow with what the process keeps, in percent of its own choice.
    private const string Gen0GrowthVariable = "DOTNET_GCDGen0GrowthPercent";

    /// <summary>
    /// The server collector's budgets when it builds or checks a site, at half of what it would choose: 50 %, in
    /// hexadecimal as the runtime reads it. Fresh memory is what costs here (zeroing new pages was 15 % of the
    /// processor time of a build of 1,000 projects in three languages), and more, smaller collections cost less than
    /// the memory they spare. Native builds in turn with the collector's own choice: at 1,000 x 3, 0.955 against
    /// 1.020 s in 206 against 264 MiB (processor 1.75 against 1.88 s), then 0.975 against 0.995 s in 208 against
    /// 258 MiB (medians of 10); at 3,000 x 3, 2.71 against 2.81 s in 425 against 442 MiB (5 each); at 10,000 x 3,
    /// 10.69 against 10.83 s in 1,009 against 1,049 MiB (2 each). A quarter took 1.010 s. The preview keeps the
    /// collector's own choice.
    /// </summary>
    internal const string Gen0Growth = "32";

    // From what size the collector puts an object in its heap of large objects, in bytes, which the runtime reads as it
    // starts.
    private const string LargeObjectVariable = "DOTNET_GCLOHThreshold";

    /// <summary>
    /// From what size the server collector puts an object in its heap of large objects when it builds or checks a site:
    /// 4 MiB, in hexadecimal as the runtime reads it, instead of 85,000 bytes. A build of 1,000 projects in three
    /// languages allocates 27 MiB of larger objects (the markup of long pages, their UTF-8, the sitemap), and each time
    /// they passed the budget of that heap, which only a full collection collects, the collector made one: two of the
    /// build's four full collections. Allocated like the others, they are collected young. Native builds in turn: at
    /// 1,000 x 3, 1,158 against 1,253 ms (medians of 16) in 189 against 213 MiB, two or three full collections instead
    /// of four or five, pausing the build 0.10 to 0.14 s instead of 0.14 to 0.18 s; at 10,000 x 3, 8.86 against
    /// 9.28 s in 1,010 against 1,109 MiB (3 each). The preview keeps the collector's own threshold.
    /// </summary>
    internal const string LargeObjectThreshold = "400000";

    private static readonly EnumerationOptions Listing = new() { IgnoreInaccessible = true };

    /// <summary>
    /// Sets up the native command's collector when <paramref name="args"/> build, check or serve a site: starts the
    /// command again with the server collector when it is wanted (<see cref="WantsServer"/>) and the command was not
    /// already started with it (run directly, not handed over to); then, to build or check, puts the heap on huge
    /// pages.
    /// </summary>
    public static void SetUpFor(IReadOnlyList<string> args)
    {
        if (!NativeCommand.IsRunning || OperatingSystem.IsWindows() || SiteOf(args) is not var (command, source))
            return;
        if (WantsServer(source) && Environment.ProcessPath is { } self) Restart(self, args, command);
        if (command != "serve") HugePages.Use();
    }

    /// <summary>
    /// The environment to hand over to the native command for <paramref name="args"/>: this process's with the server
    /// collector chosen when it is wanted, so that the native command does not start only to start again (a build of
    /// 1,000 projects in three languages took 1.21 s instead of 1.27 s, medians of 12 in turn), or else, to build or
    /// check, with <see cref="Gen0Budget"/>; null to hand over this process's environment as it is, as for the preview
    /// of a smaller site or when the user chose the collector or its budget.
    /// </summary>
    public static string[]? EnvironmentFor(IReadOnlyList<string> args)
    {
        if (OperatingSystem.IsWindows() || SiteOf(args) is not var (command, source)) return null;
        if (WantsServer(source)) return Server(command);
        // Not for a collector the user chose: the budget is the workstation collector's.
        return command != "serve" && Environment.GetEnvironmentVariable(Variable) is null
            ? With((Gen0Variable, Gen0Budget))
            : null;
    }

    // The command and the folder of the site that args build, check or serve; null for any other command, or help. The
    // preview's rebuilds gain from the server collector as builds do: after an edit to one project's area on the
    // 10,000 x 3 synthetic site, 331 ms and 325 ms against 431 ms twice (medians of 19, processor 515 ms against 650).
    private static (string Command, string Source)? SiteOf(IReadOnlyList<string> args) =>
        Invocation.Parse(args) is { Error: null, WantsHelp: false, Command.Name: "build" or "check" or "serve" } site
            ? (site.Command.Name, site.Source) : null;

    // The server collector is wanted for a site of at least LargeSite entries on more than one core (on one, the
    // runtime would start the workstation collector all the same), unless a collector was chosen or is running.
    private static bool WantsServer(string source) =>
        Environment.ProcessorCount >= 2 && !GCSettings.IsServerGC
        && Environment.GetEnvironmentVariable(Variable) is null && Entries(source) >= LargeSite;

    // Returns only when the command cannot start again.
    private static void Restart(string self, IReadOnlyList<string> args, string command)
    {
        try
        {
            NativeCommand.Exec([self, .. args], Server(command));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // The command goes on with the collector it has.
        }
    }

    // The environment with the server collector chosen and, to build or check, its budgets at Gen0Growth and its
    // threshold of large objects at LargeObjectThreshold. Never null: the server collector is only wanted when no
    // collector was chosen.
    private static string[] Server(string command) =>
        (command == "serve"
            ? With((Variable, "1"))
            : With((Variable, "1"), (Gen0GrowthVariable, Gen0Growth), (LargeObjectVariable, LargeObjectThreshold)))!;

    // The whole environment with each of the variables added that is not set already, the user's value being kept; null
    // when none is added. .NET keeps a copy of the environment of its own, which is what a variable set from .NET
    // changes, and which an exec that inherits the environment would not pass on. Loops, not LINQ over the entries,
    // which are values: their code would be compiled as the command starts.
    private static string[]? With(params (string Name, string Value)[] added)
    {
        var adding = new List<string>();
        foreach (var (name, value) in added)
            if (Environment.GetEnvironmentVariable(name) is null) adding.Add($"{name}={value}");
        if (adding.Count == 0) return null;
        var environment = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            environment.Add($"{variable.Key}={variable.Value}");
        return [.. environment, .. adding];
    }

    /// <summary>
    /// How many entries the site in <paramref name="source"/> has, from the listings of <c>content/</c> and its folders
    /// alone: the folders in its folders, but for hidden ones and editors' backups, as a build reads them.
    /// </summary>
    internal static int Entries(string source)
    {
        var entries = 0;
        foreach (var collection in Folders(Path.Combine(source, "content"))) entries += Folders(collection).Count;
        return entries;
    }

    private static List<string> Folders(string folder)
    {
        try
        {
            return
            [
                .. new FileSystemEnumerable<string>(folder, (ref entry) => entry.ToFullPath(), Listing)
                {
                    ShouldIncludePredicate = (ref entry) =>
                        entry.IsDirectory && !ContentLoader.IsIgnored(entry.FileName),
                },
            ];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The build reports what it cannot read; the collector is chosen without it.
            return [];
        }
    }
}
