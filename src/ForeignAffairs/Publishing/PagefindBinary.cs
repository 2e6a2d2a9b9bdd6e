using System.Runtime.InteropServices;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The program Pagefind's npm package runs: its runner (a Node.js script) only finds the binary npm installed for the
/// platform and starts it. Started directly, a build saves Node.js's start, about a tenth of a second on each run.
/// </summary>
internal static class PagefindBinary
{
    /// <summary>
    /// The binaries' names in the runner's own order: the extended one (with Japanese and Korean segmentation) first.
    /// </summary>
    internal static readonly IReadOnlyList<string> Names = ["pagefind_extended", "pagefind"];

    /// <summary>
    /// The binary that the runner at <paramref name="runner"/> would start, found where it looks (its environment
    /// variable, else the platform's package in <c>node_modules</c>); null when it is not there, and then the runner
    /// has to run.
    /// </summary>
    public static string? For(string runner)
    {
        foreach (var name in Names)
            if (Environment.GetEnvironmentVariable(Variable(name)) is { Length: > 0 } chosen)
                return chosen;
        if (Platform is not { } platform) return null;
        // The runner is node_modules/pagefind/lib/runner/bin.cjs. Node.js looks from the package's real folder (a
        // package manager such as pnpm links it from elsewhere): in its own node_modules, then in the node_modules that
        // holds it.
        string package;
        try
        {
            package = RealPath.Of(Path.Combine(Path.GetDirectoryName(runner)!, "..", ".."));
        }
        catch (IOException)
        {
            return null;
        }
        string[] folders = [Path.Combine(package, "node_modules"), Path.GetDirectoryName(package)!];
        var ending = OperatingSystem.IsWindows() ? ".exe" : "";
        return Names.SelectMany(name => folders.Select(folder =>
                Path.Combine(folder, "@pagefind", platform, "bin", name + ending)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The environment variable that names the binary called <paramref name="name"/> instead.</summary>
    internal static string Variable(string name) => $"{name.ToUpperInvariant()}_BINARY_PATH";

    /// <summary>
    /// The name of this platform's package, as Node.js names the system and processor; null for one Pagefind lacks. The
    /// processor is the system's, where Node.js gives its own: an x64 Node.js on Arm Windows installs the x64 package,
    /// which is then not found here, and the runner starts it.
    /// </summary>
    internal static string? Platform { get; } = PlatformName();

    private static string? PlatformName()
    {
        var system = OperatingSystem.IsLinux() ? "linux"
            : OperatingSystem.IsMacOS() ? "darwin"
            : OperatingSystem.IsWindows() ? "windows"
            : OperatingSystem.IsFreeBSD() ? "freebsd"
            : null;
        var processor = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        return system is null || processor is null ? null : $"{system}-{processor}";
    }
}
