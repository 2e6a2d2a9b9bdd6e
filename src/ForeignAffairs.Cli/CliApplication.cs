using System.Globalization;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Cli;

/// <summary>
/// The command line: parses arguments, runs the pipeline, prints diagnostics and a summary, and maps the outcome to an exit
/// code.
/// </summary>
public static class CliApplication
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>The content has errors (with <c>check --strict</c>, also warnings).</summary>
    public const int ContentErrors = 1;
    /// <summary>Wrong usage, or another build is publishing to the same folder for too long.</summary>
    public const int UsageError = 2;
    /// <summary>A fault of the generator itself, not of the site.</summary>
    public const int InternalError = 3;

    private const string Usage = """
        Usage: foreign-affairs <command> [options]

          build   Checks the site and publishes it to the output folder.
                  --source DIR      the site folder, holding content/ and themes/ (default: the current folder)
                  --output DIR      where the site is published (default: <source>/output); replaced only when the build succeeds
                  --base-url URL    the address the site is published at, overriding base_url in content/site.yaml
                  --format FORMAT   how problems are printed: text (default) or json
                  --no-verify       skip reading the rendered pages back for broken links, ids and languages (FA6xxx)
                  --timings         print how long each stage took (load, render, verify, publish, search)
                  --adopt-output    publish into a folder that holds files no build made, such as a deploy repository:
                                    its files are kept, and the build stops rather than replace one of them
          check   Checks the whole site, as build does, without writing anything.
                  --source DIR      the site folder (default: the current folder)
                  --strict          fail on warnings too
                  --format FORMAT   text (default) or json
                  --timings         print how long each stage took
          serve   Builds the site into a temporary folder and serves it at http://127.0.0.1:PORT/ while you edit: every saved
                  change to content/ or themes/ rebuilds the pages it touches and reloads the open pages; errors are shown
                  over the last good version of the page. Ctrl+C stops it.
                  --source DIR      the site folder (default: the current folder)
                  --port N          the port (default: 1313; 0 for any free port)
          new     Creates a new entry as a draft: new <collection> <slug>, such as new projects hai-phong-logistics-park.
                  Its index.yaml lists every field of the collection with what it is for, and there is a Markdown file for
                  every language. It is checked but not published until you remove its 'draft: true' line.
                  --source DIR      the site folder (default: the current folder)
          schema  Writes the JSON Schema of site.yaml and of each collection's index.yaml, for editors' YAML tooling.
                  --output DIR      where to write them (default: <source>/schemas)
          translations
                  Reports, language by language, which entries are translated, stale or missing.
                  --source DIR      the site folder (default: the current folder)
                  --strict          exit with 1 when a translation is missing or stale
                  --format FORMAT   text (default) or json
                  --mark LANG ENTRY...
                                    records that the LANG translations of these entries (collection/slug) are up to date
                                    with the current default-language text
          init    Creates a site that builds at once: init [DIR] (default: the current folder, which must hold no content/).
                  It writes content/site.yaml, an example entry of each collection (drafts, never published), .gitignore, the
                  GitHub Pages workflow, package.json (Pagefind), the JSON Schemas and VS Code's settings; the theme is built in.
                  --languages LIST  language codes, default language first (default: en), such as en,ja,ko
                  --title TEXT      the site's name, written for every language
          theme   theme eject [FILE]: copies the built-in theme, or one file or folder of it such as layouts/partials/footer.html,
                  into themes/default/, where each copy takes the place of the built-in file; it never replaces a file.
                  --source DIR      the site folder (default: the current folder)

        Every command takes --verbose, which adds the details of an unexpected failure.
        Exit codes: 0 success, 1 the content has errors or a file could not be read or written (with --strict: or warnings, or
        translations left to do), 2 wrong usage, 3 a fault of foreign-affairs itself.
        When GITHUB_ACTIONS is true, problems are also printed as workflow annotations.
        """;

    /// <summary>
    /// Runs the command line <paramref name="args"/>, writing results to <paramref name="stdout"/> and problems to
    /// <paramref name="stderr"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var invocation = Invocation.Parse(args);
        if (invocation.Command == "help")
        {
            stdout.WriteLine(Usage);
            return Success;
        }
        if (invocation.Error is { } error) return Misuse(stderr, error, showUsage: true);

        try
        {
            return Dispatch(invocation, stdout, stderr);
        }
        catch (Exception ex)
        {
            return Failed(ex, invocation.Has("verbose"), stderr);
        }
    }

    private static int Dispatch(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var source = invocation.Options.GetValueOrDefault("source") ?? ".";
        if (!Directory.Exists(source)) return Misuse(stderr, $"the site folder '{source}' does not exist");
        var format = invocation.Options.GetValueOrDefault("format") ?? "text";
        if (format is not ("text" or "json")) return Misuse(stderr, $"unknown format '{format}'; use text or json");

        return invocation.Command switch
        {
            "schema" => Schema(source, invocation.Options.GetValueOrDefault("output"), stdout, stderr),
            "check" => Check(source, invocation, format, stdout, stderr),
            "translations" => TranslationsCommand.Run(source, invocation, format, stdout, stderr),
            "serve" => Serving.ServeCommand.Run(source, invocation, stdout, stderr),
            "new" => NewCommand.Run(source, invocation, stdout, stderr),
            "init" => InitCommand.Run(invocation, stdout, stderr),
            "theme" => ThemeCommand.Run(source, invocation, stdout, stderr),
            _ => Build(source, invocation, format, stdout, stderr),
        };
    }

    private static int Build(string source, Invocation invocation, string format, TextWriter stdout, TextWriter stderr)
    {
        Uri? baseUrl = null;
        if (invocation.Options.TryGetValue("base-url", out var baseUrlText)
            && (baseUrl = SiteConfigReader.ParseBaseUrl(baseUrlText)) is null)
            return Misuse(stderr, $"'{baseUrlText}' is not a web address; write a full address such as https://example.org/invest/");

        var options = new BuildOptions(source, invocation.Options.GetValueOrDefault("output"), baseUrl,
            Verify: !invocation.Has("no-verify"), AdoptOutput: invocation.Has("adopt-output"));
        var result = BuildShowingProgress(options, format, stderr);
        Report(result.Diagnostics, format, stdout, stderr);
        if (!result.Succeeded)
        {
            if (format == "text")
                stderr.WriteLine($"Build failed: {DiagnosticReport.Count(result.Diagnostics)}. " +
                    $"Nothing was written; the previous output is unchanged.");
            return ContentErrors;
        }
        if (format == "json") return Success;

        if (invocation.Has("timings")) stdout.WriteLine(Timings(result));
        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Language} {p.Pages}")
            .Append($"root {result.TotalPages - result.PagesPerLanguage.Sum(p => p.Pages)}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.Count;
        stdout.WriteLine($"Built {result.TotalPages} pages ({perLanguage}) and copied {result.Files} files " +
                         $"in {seconds} s to {options.OutputFolder}" +
                         (warnings > 0 ? $", with {warnings} warning(s)." : ".") + Drafts(result));
        return Success;
    }

    private static int Check(string source, Invocation invocation, string format, TextWriter stdout, TextWriter stderr)
    {
        var result = BuildShowingProgress(new BuildOptions(source, Write: false), format, stderr);
        Report(result.Diagnostics, format, stdout, stderr);
        var failed = !result.Succeeded || (invocation.Has("strict") && result.Diagnostics.Count > 0);
        if (format == "text")
        {
            if (invocation.Has("timings")) stdout.WriteLine(Timings(result));
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            (failed ? stderr : stdout).WriteLine(
                $"Checked the site in {seconds} s: {DiagnosticReport.Count(result.Diagnostics)}." + Drafts(result));
        }
        return failed ? ContentErrors : Success;
    }

    private static int Schema(string source, string? output, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        if (SiteConfigReader.Read(Path.GetFullPath(source), diagnostics) is not { } config)
        {
            DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            return ContentErrors;
        }
        var folder = output ?? Path.Combine(source, "schemas");
        if (File.Exists(folder)) return Misuse(stderr, $"'{folder}' is a file; --output names the folder to write the schemas to");
        Directory.CreateDirectory(folder);
        foreach (var (name, json) in JsonSchemaExport.Files(config)) File.WriteAllText(Path.Combine(folder, name), json);
        stdout.WriteLine($"Wrote the JSON Schemas of site.yaml and of {ContentSchemas.All.Count} collections to {folder}.");
        return Success;
    }

    // Progress is drawn only for people at a terminal; JSON output and logs get the outcome alone.
    private static BuildResult BuildShowingProgress(BuildOptions options, string format, TextWriter stderr)
    {
        using var progress = new ConsoleProgress(stderr, format == "text" && ConsoleProgress.IsTerminal(stderr));
        return SiteBuilder.Build(options, progress.Progress);
    }

    private static string Timings(BuildResult result) =>
        "Stages: " + string.Join(", ", result.Stages.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalSeconds:0.000} s")));

    private static string Drafts(BuildResult result) => result.Drafts.Count switch
    {
        0 => "",
        1 => $" 1 draft is not published: {result.Drafts[0]}.",
        var n => $" {n} drafts are not published: {string.Join(", ", result.Drafts)}.",
    };

    private static void Report(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter stdout, TextWriter stderr)
    {
        if (format == "json") DiagnosticReport.WriteJson(diagnostics, stdout);
        else DiagnosticReport.WriteText(diagnostics, stderr);
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true") DiagnosticReport.WriteGitHubAnnotations(diagnostics, stdout);
    }

    // The one place an exception ends: a file that cannot be read or written is the machine's problem, told in one line;
    // anything else is a fault of the generator, told as such. The stack trace is for --verbose alone.
    internal static int Failed(Exception exception, bool verbose, TextWriter stderr)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        if (cause is IOException or UnauthorizedAccessException)
            stderr.WriteLine($"foreign-affairs: {cause.Message}");
        else
            stderr.WriteLine($"foreign-affairs: internal error ({cause.GetType().Name}: {cause.Message}). This is a fault of " +
                "foreign-affairs, not of your site: please report it with the command you ran and what it prints with --verbose.");
        if (verbose) stderr.WriteLine(exception);
        return cause is IOException or UnauthorizedAccessException ? ContentErrors : InternalError;
    }

    /// <summary>Says why a command refused to run; returns <paramref name="exit"/>.</summary>
    internal static int Refuse(TextWriter stderr, string message, int exit)
    {
        stderr.WriteLine($"foreign-affairs: {message}");
        return exit;
    }

    private static int Misuse(TextWriter stderr, string message, bool showUsage = false)
    {
        stderr.WriteLine($"foreign-affairs: {message}");
        if (showUsage) stderr.WriteLine(Usage);
        return UsageError;
    }
}
