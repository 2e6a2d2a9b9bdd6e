using ForeignAffairs.Publishing;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// What a build finds on a machine for search, made up in a temporary folder so that no test reaches the network or the
/// user's own cache: until disposed, the PATH holds only Node.js and, unless left out, a stand-in for npm, and the
/// tool's cache folder (<see cref="PagefindCache.FolderVariable"/>) is an empty one. The stand-in npm logs each call
/// and installs a stand-in Pagefind; every stand-in Pagefind writes into the index it builds where it was installed
/// (see <see cref="IndexedBy"/>).
/// </summary>
internal sealed class SearchTools : IDisposable
{
    /// <summary>An npm that installs the Pagefind it is asked for.</summary>
    public const string InstallingNpm = """
        prefix=''
        while [ $# -gt 0 ]; do [ "$1" = --prefix ] && prefix=$2; shift; done
        mkdir -p "$prefix/node_modules/pagefind/lib/runner"
        cp "$STAND_IN_RUNNER" "$prefix/node_modules/pagefind/lib/runner/bin.cjs"
        """;

    /// <summary>
    /// An npm that installs once it has been called twice, so that two builds install at once: the first call waits at
    /// a named pipe until the second opens it. The wait gives up after two minutes, only so that a second call that
    /// never comes fails the test rather than hangs it.
    /// </summary>
    public const string PairedNpm = """
        mkfifo "$NPM_LOG.meeting" 2>/dev/null
        if mkdir "$NPM_LOG.first" 2>/dev/null; then
          timeout 120 sh -c 'read -r line < "$1"' sh "$NPM_LOG.meeting"
        else
          echo > "$NPM_LOG.meeting"
        fi

        """ + InstallingNpm;

    /// <summary>An npm that fails, as it does without its registry, after writing part of the package.</summary>
    public const string FailingNpm = InstallingNpm + """

        echo 'npm error code E404' >&2
        echo 'npm error 404 Not Found - pagefind' >&2
        echo 'npm error A complete log of this run can be found in: npm-debug.log' >&2
        exit 1
        """;

    private const string Runner = """
        const args = process.argv.slice(2);
        const bundle = args[args.indexOf('--output-path') + 1];
        require('fs').mkdirSync(bundle, { recursive: true });
        require('fs').writeFileSync(require('path').join(bundle, 'indexed-by.txt'), 'LABEL');
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "fa-tests", $"search-tools-{Guid.NewGuid():N}");
    private readonly string? _machinePath = Environment.GetEnvironmentVariable("PATH");
    private readonly IDisposable _path;
    private readonly IDisposable _cache;
    private readonly IDisposable[] _binaries;

    /// <summary>
    /// Node.js, and npm doing <paramref name="npm"/> (a shell script's body), or no npm when it is null.
    /// </summary>
    public SearchTools(string? npm = InstallingNpm)
    {
        var node = ExternalProgram.Find("node")
            ?? throw new InvalidOperationException("the tests need Node.js on the PATH");
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(Cache);
        File.CreateSymbolicLink(Path.Combine(Bin, "node"), node);
        UseNpm(npm);
        _path = EnvironmentVariables.Set("PATH", Bin);
        _cache = EnvironmentVariables.Set(PagefindCache.FolderVariable, Cache);
        // A Pagefind the machine names would run instead of the stand-ins.
        _binaries = PagefindBinary.Names
            .Select(name => EnvironmentVariables.Set(PagefindBinary.Variable(name), null)).ToArray();
    }

    /// <summary>The folder of programs that is the PATH while these tools are in use.</summary>
    public string Bin => Path.Combine(_root, "bin");

    /// <summary>The tool's cache folder, empty at first.</summary>
    public string Cache => Path.Combine(_root, "cache");

    /// <summary>Where the tool installs Pagefind in <see cref="Cache"/>.</summary>
    public string PagefindFolder => Path.Combine(Cache, "pagefind", PagefindCache.Version);

    /// <summary>The arguments of each call to npm so far.</summary>
    public IReadOnlyList<string> NpmCalls => File.Exists(NpmLog) ? File.ReadAllLines(NpmLog) : [];

    private string NpmLog => Path.Combine(_root, "npm.log");

    /// <summary>
    /// The cache as a build uses it: installing when <paramref name="install"/>, telling <paramref name="notice"/>.
    /// </summary>
    public PagefindCache CacheFor(bool install = true, Action<string>? notice = null) =>
        new(PagefindFolder, install, notice);

    /// <summary>Makes npm do <paramref name="npm"/> from now on, or takes it away when it is null.</summary>
    public void UseNpm(string? npm)
    {
        var script = Path.Combine(Bin, "npm");
        File.Delete(script);
        if (npm is null) return;
        var runner = Path.Combine(_root, "runner.cjs");
        File.WriteAllText(runner, Runner.Replace("LABEL", "npm"));
        // The stand-in runs with the PATH of the tests, which holds only Node.js and itself: it gets the machine's
        // back.
        File.WriteAllText(script, $"""
            #!/bin/sh
            export PATH='{_machinePath}' STAND_IN_RUNNER='{runner}' NPM_LOG='{NpmLog}'
            echo "$@" >> "$NPM_LOG"
            {npm}
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// Installs a stand-in Pagefind in <paramref name="folder"/> as npm does; it marks indexes
    /// <paramref name="label"/>.
    /// </summary>
    public static void InstallPagefind(string folder, string label)
    {
        var runner = SearchIndex.RunnerIn(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(runner)!);
        File.WriteAllText(runner, Runner.Replace("LABEL", label));
    }

    /// <summary>
    /// Installs in <paramref name="folder"/> a stand-in Pagefind with its binary for this platform, where npm puts it
    /// beside the runner; the binary marks indexes <paramref name="label"/>, and the runner would mark them
    /// <c>runner</c>. Returns the binary.
    /// </summary>
    public string InstallPagefindWithBinary(string folder, string label)
    {
        InstallPagefind(folder, "runner");
        var binary = Path.Combine(folder, "node_modules", "@pagefind", PagefindBinary.Platform!, "bin",
            "pagefind_extended");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllText(binary, $"""
            #!/bin/sh
            export PATH='{_machinePath}'
            while [ $# -gt 0 ]; do [ "$1" = --output-path ] && bundle=$2; shift; done
            mkdir -p "$bundle" && printf '{label}' > "$bundle/indexed-by.txt"
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return binary;
    }

    /// <summary>Takes Node.js off the PATH.</summary>
    public void RemoveNode() => File.Delete(Path.Combine(Bin, "node"));

    /// <summary>Which stand-in Pagefind built the index of the site in <paramref name="output"/>.</summary>
    public static string IndexedBy(string output) =>
        File.ReadAllText(Path.Combine(output, "pagefind", "indexed-by.txt"));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var binary in _binaries) binary.Dispose();
        _cache.Dispose();
        _path.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
