using System.Collections;
using System.IO.Enumeration;
using System.Runtime;
using ForeignAffairs.Content;

namespace ForeignAffairs.Cli;

/// <summary>
/// The garbage collector that the native command builds or checks a site with. It starts with the workstation
/// collector, which collects on the thread that allocated while every other thread waits: on a site of ten thousand
/// projects in three languages, 700 collections paused a build for about 2.5 of its 13 s. The server collector works on
/// several cores at once, and sizes its heaps to what the process keeps, but it takes more memory, and it gains a small
/// site less time than starting again costs. So the command starts again with it, once, when the site has many entries.
/// Either collector's heap is put on huge pages (<see cref="HugePages"/>), without which the server collector's larger
/// heaps cost more than they gained below 5,000 entries: the sample took 40 to 50 ms longer to build with it.
/// </summary>
internal static class Collector
{
    /// <summary>
    /// The entries from which a site is built or checked with the server collector. Builds with and without it in turn,
    /// on two cores, the heap on huge pages: at 3,000 projects in three languages 13 % less time in 26 % more memory;
    /// at 1,000, 8 % less in 44 % more; at 600, 5 % less and at 300, 4 %, about what starting again costs.
    /// </summary>
    public const int LargeSite = 1000;

    // Read by the runtime as it starts. A value that is already set, the user's or this command's own, is kept.
    private const string Variable = "DOTNET_gcServer";

    private static readonly EnumerationOptions Listing = new() { IgnoreInaccessible = true };

    /// <summary>
    /// Sets up the native command's collector when <paramref name="args"/> build or check a site: starts the command
    /// again with the server collector when the site has at least <see cref="LargeSite"/> entries, on more than one
    /// core (on one, the runtime would start the workstation collector all the same); then puts the heap on huge pages.
    /// </summary>
    public static void SetUpFor(IReadOnlyList<string> args)
    {
        if (!NativeCommand.IsRunning || OperatingSystem.IsWindows()
            || Invocation.Parse(args) is not { Error: null, WantsHelp: false, Command.Name: "build" or "check" } site)
            return;
        if (Environment.ProcessorCount >= 2 && !GCSettings.IsServerGC
            && Environment.GetEnvironmentVariable(Variable) is null && Environment.ProcessPath is { } self
            && Entries(site.Source) >= LargeSite)
            Restart(self, args);
        HugePages.Use();
    }

    // Returns only when the command cannot start again.
    private static void Restart(string self, IReadOnlyList<string> args)
    {
        // The whole environment is handed over with the variable added: .NET keeps a copy of its own, which is what a
        // variable set from .NET changes, and which an exec that inherits the environment would not pass on.
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(variable => $"{variable.Key}={variable.Value}").Append($"{Variable}=1").ToArray();
        try
        {
            NativeCommand.Exec([self, .. args], environment);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // The command goes on with the collector it has.
        }
    }

    /// <summary>
    /// How many entries the site in <paramref name="source"/> has, from the listings of <c>content/</c> and its folders
    /// alone: the folders in its folders, but for hidden ones and editors' backups, as a build reads them.
    /// </summary>
    internal static int Entries(string source) =>
        Folders(Path.Combine(source, "content")).Sum(collection => Folders(collection).Count);

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
