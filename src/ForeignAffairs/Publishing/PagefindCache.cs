using System.ComponentModel;
using System.Text.Json;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The tool's own Pagefind, for sites that have none in their <c>node_modules</c>: one per user and version, in
/// <c>pagefind/&lt;version&gt;/</c> of the tool's cache folder, installed there with npm the first time a build needs
/// it. The installation is made in a folder beside it and renamed into place once complete, so that two builds may
/// install at once and an interrupted one never leaves a copy that looks complete.
/// </summary>
internal sealed class PagefindCache
{
    /// <summary>The environment variable that names the tool's cache folder instead of the user's usual one.</summary>
    public const string FolderVariable = "FOREIGN_AFFAIRS_CACHE";

    private const string PartialMark = ".partial-";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly bool _install;
    private readonly Action<string> _notice;
    private readonly Lock _lock = new();
    private (string? Runner, MissingSearchTool? Missing)? _outcome;

    /// <summary>
    /// Pagefind in <paramref name="folder"/>, installed there when missing if <paramref name="install"/>, after telling
    /// <paramref name="notice"/>.
    /// </summary>
    public PagefindCache(string folder, bool install, Action<string>? notice = null) =>
        (Folder, _install, _notice) = (Path.GetFullPath(folder), install, notice ?? (_ => { }));

    /// <summary>The version of Pagefind the tool installs: the one pinned in the repository's package.json.</summary>
    public static string Version { get; } = PinnedVersion();

    /// <summary>The folder Pagefind is, or will be, installed in.</summary>
    public string Folder { get; }

    /// <summary>The user's cache (<see cref="FolderVariable"/>, else the system's cache folder for the user).</summary>
    public static PagefindCache ForUser(bool install, Action<string>? notice = null) =>
        new(Path.Combine(ToolFolder(), "pagefind", Version), install, notice);

    /// <summary>Pagefind's runner, installing it first when allowed; null, with why, when it cannot be had.</summary>
    internal string? Runner(out MissingSearchTool? missing)
    {
        // One answer per run: a preview that rebuilds on every save must not try a failing installation each time.
        lock (_lock) _outcome ??= Provide();
        missing = _outcome.Value.Missing;
        return _outcome.Value.Runner;
    }

    private (string?, MissingSearchTool?) Provide()
    {
        var runner = SearchIndex.RunnerIn(Folder);
        if (File.Exists(runner)) return (runner, null);
        if (!_install)
            return Missing(
                $"Pagefind is installed neither in the site folder nor in {Folder}, and the build is offline",
                "build once without --offline to install it");
        if (ExternalProgram.Find("npm") is not { } npm)
            return Missing("Pagefind is not installed, and npm is not found to install it", "install Node.js with npm");
        _notice($"Installing Pagefind {Version} for search into {Folder} (once)...");
        if (Install(npm) is { } failure)
            return Missing($"Pagefind {Version} could not be installed into {Folder}: {failure}",
                "check that npm can reach its registry");
        return File.Exists(runner) ? (runner, null)
            : Missing($"{Folder} holds no complete Pagefind", "delete that folder, and it is installed again");
    }

    private static (string?, MissingSearchTool) Missing(string reason, string remedy) =>
        (null, new MissingSearchTool(reason,
            $"{remedy}, run npm install in the site folder, or set 'search: false' in site.yaml"));

    // Returns what went wrong, or null once the folder holds a complete installation (this build's or a concurrent
    // one's).
    private string? Install(string npm)
    {
        var partial = Folder + PartialMark + Guid.NewGuid().ToString("N");
        try
        {
            RemoveAbandoned(Path.GetDirectoryName(Folder)!);
            Directory.CreateDirectory(partial);
            var (finished, exitCode, said) = ExternalProgram.Run(npm,
                ["install", "--prefix", partial, $"pagefind@{Version}", "--no-audit", "--no-fund"], Limit, partial);
            if (!finished) return $"npm did not finish within {Limit.TotalMinutes} minutes";
            if (exitCode != 0) return NpmErrors(said);
            if (!File.Exists(SearchIndex.RunnerIn(partial))) return "npm finished without installing it";
            Directory.Move(partial, Folder);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Win32Exception)
        {
            // A concurrent build that installed it first made this one's rename fail: its copy is as good.
            return Directory.Exists(Folder) ? null : ex.Message;
        }
        finally
        {
            if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        }
    }

    // An installation that has taken far longer than npm is allowed was interrupted: its process is gone.
    private static void RemoveAbandoned(string versions)
    {
        if (!Directory.Exists(versions)) return;
        foreach (var folder in Directory.EnumerateDirectories(versions, "*" + PartialMark + "*")
                     .Where(f => Directory.GetLastWriteTimeUtc(f) < DateTime.UtcNow - 2 * Limit))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Removed by another build at the same moment, or not ours: either way not worth failing for.
            }
        }
    }

    // npm says what failed in its first error lines; the last one only points to its log.
    private static string NpmErrors(string said)
    {
        var lines = said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("complete log", StringComparison.OrdinalIgnoreCase)).Take(3).ToArray();
        return lines.Length > 0 ? string.Join("; ", lines) : "npm failed without saying why";
    }

    internal static string ToolFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } chosen) return chosen;
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
                "foreign-affairs");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Caches", "foreign-affairs");
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(home, ".cache");
        return Path.Combine(cache, "foreign-affairs");
    }

    // package.json at the repository root pins the version, for npm install there and for this cache alike.
    private static string PinnedVersion()
    {
        using var stream = typeof(PagefindCache).Assembly.GetManifestResourceStream("package.json")!;
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("devDependencies").GetProperty("pagefind").GetString()!;
    }
}
