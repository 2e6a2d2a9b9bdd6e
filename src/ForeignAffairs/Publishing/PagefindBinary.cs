using System.Runtime.InteropServices;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The program Pagefind's npm package runs: its runner (a Node.js script) only finds the binary npm installed for the
/// platform and starts it. Started directly, a build saves Node.js's start, about a tenth of a second on each run.
/// </summary>
internal static class PagefindBinary
{
    // The runner's own order: the extended binary (with Japanese and Korean segmentation) first, each name overridable.
    private static readonly string[] Names = ["pagefind_extended", "pagefind"];

    /// <summary>
    /// The binary that the runner at <paramref name="runner"/> would start, found where it looks (its environment variable,
    /// else the platform's package in <c>node_modules</c>); null when it is not there, and then the runner has to run.
    /// </summary>
    public static string? For(string runner)
    {
        foreach (var name in Names)
            if (Environment.GetEnvironmentVariable($"{name.ToUpperInvariant()}_BINARY_PATH") is { Length: > 0 } chosen)
                return chosen;
        if (Platform is not { } platform) return null;
        // runner is node_modules/pagefind/lib/runner/bin.cjs: the package is nested in pagefind's own node_modules, or beside it.
        var package = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(runner)!, "..", ".."));
        string[] folders = [Path.Combine(package, "node_modules"), Path.GetDirectoryName(package)!];
        var ending = OperatingSystem.IsWindows() ? ".exe" : "";
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, "@pagefind", platform, "bin", name + ending)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The name of this platform's package, as Node.js names the system and processor; null for one Pagefind lacks.</summary>
    internal static string? Platform { get; } = PlatformName();

    private static string? PlatformName()
    {
        var system = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : null;
        var processor = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        return system is null || processor is null ? null : $"{system}-{processor}";
    }
}
