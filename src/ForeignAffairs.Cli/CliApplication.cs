using System.Globalization;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli;

/// <summary>The command line: parses arguments, runs the pipeline, prints diagnostics and a summary, and maps the outcome to an exit code.</summary>
public static class CliApplication
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>The content has errors.</summary>
    public const int ContentErrors = 1;
    /// <summary>Wrong usage.</summary>
    public const int UsageError = 2;

    private const string Usage = """
        Usage: foreign-affairs build [--source DIR] [--output DIR] [--base-url URL]

          build   Checks the site and publishes it to the output folder.
                  --source DIR    the site folder, holding content/ and themes/ (default: the current folder)
                  --output DIR    where the site is published (default: <source>/output); replaced only when the build succeeds
                  --base-url URL  the address the site is published at, overriding base_url in content/site.yaml

        Exit codes: 0 success, 1 the content has errors, 2 wrong usage.
        """;

    /// <summary>Runs the command line <paramref name="args"/>, writing results to <paramref name="stdout"/> and problems to <paramref name="stderr"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var invocation = Invocation.Parse(args);
        if (invocation.Command == "help")
        {
            stdout.WriteLine(Usage);
            return Success;
        }
        if (invocation.Error is { } error) return Misuse(stderr, error, showUsage: true);

        var source = invocation.Options.GetValueOrDefault("source") ?? ".";
        if (!Directory.Exists(source)) return Misuse(stderr, $"the site folder '{source}' does not exist");
        Uri? baseUrl = null;
        if (invocation.Options.TryGetValue("base-url", out var baseUrlText) && (baseUrl = SiteConfigReader.ParseBaseUrl(baseUrlText)) is null)
            return Misuse(stderr, $"'{baseUrlText}' is not a web address; write a full address such as https://example.org/invest/");

        var options = new BuildOptions(source, invocation.Options.GetValueOrDefault("output"), baseUrl);
        var result = SiteBuilder.Build(options);

        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count - errors;
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s). Nothing was written; the previous output is unchanged.");
            return ContentErrors;
        }

        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Language} {p.Pages}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        stdout.WriteLine($"Built {result.TotalPages} pages ({perLanguage}, and the root page) and copied {result.Files} files " +
                         $"in {seconds} s to {options.OutputFolder}" + (warnings > 0 ? $", with {warnings} warning(s)." : "."));
        return Success;
    }

    private static int Misuse(TextWriter stderr, string message, bool showUsage = false)
    {
        stderr.WriteLine($"foreign-affairs: {message}");
        if (showUsage) stderr.WriteLine(Usage);
        return UsageError;
    }
}
