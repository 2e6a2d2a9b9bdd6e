using System.Globalization;
using ForeignAffairs;
using ForeignAffairs.Cli;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;

const string Usage = """
    Usage: foreign-affairs build [--source DIR] [--output DIR] [--base-url URL]

      build   Checks the site and publishes it to the output folder.
              --source DIR    the site folder, holding content/ and themes/ (default: the current folder)
              --output DIR    where the site is published (default: <source>/output); replaced only when the build succeeds
              --base-url URL  the address the site is published at, overriding base_url in content/site.yaml

    Exit codes: 0 success, 1 the content has errors, 2 wrong usage.
    """;

var invocation = Invocation.Parse(args);
if (invocation.Command == "help")
{
    Console.WriteLine(Usage);
    return 0;
}
if (invocation.Error is { } error)
{
    Console.Error.WriteLine($"foreign-affairs: {error}");
    Console.Error.WriteLine(Usage);
    return 2;
}

var source = invocation.Options.GetValueOrDefault("source") ?? ".";
if (!Directory.Exists(source))
{
    Console.Error.WriteLine($"foreign-affairs: the site folder '{source}' does not exist");
    return 2;
}
Uri? baseUrl = null;
if (invocation.Options.TryGetValue("base-url", out var baseUrlText) && (baseUrl = SiteConfigReader.ParseBaseUrl(baseUrlText)) is null)
{
    Console.Error.WriteLine($"foreign-affairs: '{baseUrlText}' is not a web address; write a full address such as https://example.org/invest/");
    return 2;
}

var options = new BuildOptions(source, invocation.Options.GetValueOrDefault("output"), baseUrl);
var result = SiteBuilder.Build(options);

foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
var warnings = result.Diagnostics.Count - errors;
if (!result.Succeeded)
{
    Console.Error.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s). Nothing was written; the previous output is unchanged.");
    return 1;
}

var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Language} {p.Pages}"));
var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
Console.WriteLine($"Built {result.TotalPages} pages ({perLanguage}, and the root page) and copied {result.Files} files in {seconds} s to {Path.GetRelativePath(Environment.CurrentDirectory, options.OutputFolder)}"
    + (warnings > 0 ? $", with {warnings} warning(s)." : "."));
return 0;
