using System.Globalization;
using System.Runtime;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Imaging;
using ForeignAffairs.Publishing;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Cli;

/// <summary>
/// The command line: parses arguments, runs the pipeline, prints diagnostics and a summary, and maps the outcome to an
/// exit code.
/// </summary>
internal static class CliApplication
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>The content has errors (with <c>check --strict</c>, also warnings).</summary>
    public const int ContentErrors = 1;
    /// <summary>Wrong usage, or another build is publishing to the same folder for too long.</summary>
    public const int UsageError = 2;
    /// <summary>A fault of the generator itself, not of the site.</summary>
    public const int InternalError = 3;

    /// <summary>The tool's version, with the commit it was built from: <c>0.9.0+&lt;commit&gt;</c>.</summary>
    public static string Version => SiteBuilder.Version;

    /// <summary>
    /// Runs the command line <paramref name="args"/>, writing results to <paramref name="stdout"/> and problems to
    /// <paramref name="stderr"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var invocation = Invocation.Parse(args);
        if (invocation.Error is { } error) return Misuse(stderr, error, HelpText.Reminder(invocation.Command));
        if (invocation.WantsVersion)
        {
            // The native build says so: it is what a Release build of the project runs (NativeCommand).
            stdout.WriteLine($"foreign-affairs {Version}{(NativeCommand.IsRunning ? " (native)" : "")}");
            return Success;
        }
        if (invocation.WantsHelp || invocation.Command is null)
        {
            stdout.Write(HelpText.For(invocation.Command));
            return Success;
        }

        try
        {
            if (invocation.Command.Options.Any(o => ReferenceEquals(o, CliOption.Source))
                && !Directory.Exists(invocation.Source))
                return Misuse(stderr, $"the site folder '{invocation.Source}' does not exist");
            return invocation.Command.Run(invocation, stdout, stderr);
        }
        catch (Exception ex)
        {
            return Failed(ex, invocation.Has("verbose"), stderr);
        }
    }

    /// <summary>The <c>build</c> command.</summary>
    internal static int Build(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        Uri? baseUrl = null;
        if (invocation.Options.TryGetValue("base-url", out var baseUrlText)
            && (baseUrl = SiteConfigReader.ParseBaseUrl(baseUrlText)) is null)
            return Misuse(stderr,
                $"'{baseUrlText}' is not a web address; write a full address such as https://example.org/invest/");

        var (today, dateError) = BuildDay.FromEnvironment();
        if (dateError is not null) return Misuse(stderr, dateError);

        var format = invocation.Format;
        var options = new BuildOptions(invocation.Source, invocation.Options.GetValueOrDefault("output"), baseUrl,
            Verify: !invocation.Has("no-verify"), AdoptOutput: invocation.Has("adopt-output"))
        {
            Today = today,
            TemplateMetrics = invocation.Has("template-metrics"),
        };
        var result = BuildShowingProgress(options, invocation, stderr);
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
        if (invocation.Has("template-metrics")) TemplateMetricsReport.Write(result.TemplateMetrics, stdout);
        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Language} {p.Pages}")
            .Append($"root {result.TotalPages - result.PagesPerLanguage.Sum(p => p.Pages)}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.Count;
        stdout.WriteLine($"Built {result.TotalPages} pages ({perLanguage}) and copied {result.Files} files " +
                         $"in {seconds} s to {options.OutputFolder}" +
                         (warnings > 0 ? $", with {warnings} warning(s)." : ".") + Drafts(result));
        return Success;
    }

    /// <summary>The <c>check</c> command.</summary>
    internal static int Check(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var (today, dateError) = BuildDay.FromEnvironment();
        if (dateError is not null) return Misuse(stderr, dateError);

        var format = invocation.Format;
        var options = new BuildOptions(invocation.Source, Write: false)
        {
            Today = today,
            TemplateMetrics = invocation.Has("template-metrics"),
        };
        var result = BuildShowingProgress(options, invocation, stderr);
        Report(result.Diagnostics, format, stdout, stderr);
        var failed = !result.Succeeded || (invocation.Has("strict") && result.Diagnostics.Count > 0);
        if (format == "text")
        {
            if (invocation.Has("timings")) stdout.WriteLine(Timings(result));
            if (invocation.Has("template-metrics") && result.Succeeded)
                TemplateMetricsReport.Write(result.TemplateMetrics, stdout);
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            (failed ? stderr : stdout).WriteLine(
                $"Checked the site in {seconds} s: {DiagnosticReport.Count(result.Diagnostics)}." + Drafts(result));
        }
        return failed ? ContentErrors : Success;
    }

    /// <summary>The <c>schema</c> command.</summary>
    internal static int Schema(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        if (SiteConfigReader.Read(Path.GetFullPath(invocation.Source), diagnostics) is not { } config)
        {
            DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            return ContentErrors;
        }
        var folder = invocation.Options.GetValueOrDefault("output") ?? Path.Combine(invocation.Source, "schemas");
        if (File.Exists(folder))
            return Misuse(stderr, $"'{folder}' is a file; --output names the folder to write the schemas to");
        Directory.CreateDirectory(folder);
        foreach (var (name, json) in JsonSchemaExport.Files(config))
            File.WriteAllText(Path.Combine(folder, name), json);
        stdout.WriteLine(
            $"Wrote the JSON Schemas of site.yaml and of {ContentSchemas.All.Count} collections to {folder}.");
        return Success;
    }

    // Progress is drawn only for people at a terminal; JSON output and logs get the outcome alone. A site without
    // Pagefind of its own gets the tool's, installed once unless --offline.
    private static BuildResult BuildShowingProgress(BuildOptions options, Invocation invocation, TextWriter stderr)
    {
        using var progress = new ConsoleProgress(stderr,
            invocation.Format == "text" && ConsoleProgress.IsTerminal(stderr));
        var pagefind = PagefindCache.ForUser(install: !invocation.Has("offline"), progress.Say);
        return SiteBuilder.Build(options with { Pagefind = pagefind, Images = ImageCache.ForUser() },
            progress.Progress);
    }

    // The collector's share and the just-in-time compiler's are printed beside the stages: costs of their own that the
    // stages' times hide.
    private static string Timings(BuildResult result) =>
        "Stages: " + string.Join(", ", result.Stages.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalSeconds:0.000} s"))) +
        string.Create(CultureInfo.InvariantCulture,
            $"; memory: {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB allocated, {GC.CollectionCount(0)} collections " +
            $"({GC.CollectionCount(2)} full), paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s") +
        (GCSettings.IsServerGC ? " by the server collector" : "") +
        (HugePages.Backed() is { } backed
            ? string.Create(CultureInfo.InvariantCulture, $", {backed >> 20} MiB on huge pages") : "") +
        // Native code has nothing compiled while it runs.
        (NativeCommand.IsRunning ? "; native code" : string.Create(CultureInfo.InvariantCulture,
            $"; just-in-time compiled {JitInfo.GetCompiledMethodCount()} methods in " +
            $"{JitInfo.GetCompilationTime().TotalSeconds:0.000} s"));

    private static string Drafts(BuildResult result) => result.Drafts.Count switch
    {
        0 => "",
        1 => $" 1 draft is not published: {result.Drafts[0]}.",
        var n => $" {n} drafts are not published: {string.Join(", ", result.Drafts)}.",
    };

    private static void Report(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter stdout,
        TextWriter stderr)
    {
        if (format == "json") DiagnosticReport.WriteJson(diagnostics, stdout);
        else DiagnosticReport.WriteText(diagnostics, stderr);
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            DiagnosticReport.WriteGitHubAnnotations(diagnostics, stdout);
    }

    // The one place an exception ends: a file that cannot be read or written is the machine's problem, told in one
    // line; anything else is a fault of the generator, told as such. The stack trace is for --verbose alone.
    internal static int Failed(Exception exception, bool verbose, TextWriter stderr)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        if (cause is IOException or UnauthorizedAccessException)
            stderr.WriteLine($"foreign-affairs: {cause.Message}");
        else
            stderr.WriteLine(
                $"foreign-affairs: internal error ({cause.GetType().Name}: {cause.Message}). This is a fault of " +
                "foreign-affairs, not of your site: " +
                "please report it with the command you ran and what it prints with --verbose.");
        if (verbose) stderr.WriteLine(exception);
        return cause is IOException or UnauthorizedAccessException ? ContentErrors : InternalError;
    }

    /// <summary>Says why a command refused to run; returns <paramref name="exit"/>.</summary>
    internal static int Refuse(TextWriter stderr, string message, int exit)
    {
        stderr.WriteLine($"foreign-affairs: {message}");
        return exit;
    }

    private static int Misuse(TextWriter stderr, string message, string? reminder = null)
    {
        Refuse(stderr, message, UsageError);
        if (reminder is not null) stderr.WriteLine(reminder);
        return UsageError;
    }
}
