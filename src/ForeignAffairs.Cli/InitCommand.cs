using ForeignAffairs.Configuration;
using ForeignAffairs.Scaffolding;

namespace ForeignAffairs.Cli;

/// <summary>
/// The <c>init</c> command: creates a site that builds at once, with the built-in theme, in a folder that holds no site
/// (an empty folder, or a new repository with only its README).
/// </summary>
internal static class InitCommand
{
    /// <summary>
    /// Creates the site named by <c>init [DIR] [--languages en,ja,ko] [--title TEXT]</c>; returns the exit code.
    /// </summary>
    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        if (invocation.Arguments.Count > 1)
            return CliApplication.Refuse(stderr, "init takes one folder at most, such as: init invest-bac-ninh",
                CliApplication.UsageError);
        var codes = (invocation.Options.GetValueOrDefault("languages") ?? "en")
            .Split(',', StringSplitOptions.TrimEntries);
        if (codes.FirstOrDefault(c => !SiteConfigReader.IsLanguageCode(c)) is { } wrong)
        {
            return CliApplication.Refuse(stderr,
                $"'{wrong}' is not a language code; give lowercase codes separated by commas, " +
                "default language first, such as en,ja,ko (a region may follow a code: pt-br)",
                CliApplication.UsageError);
        }
        if (codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return CliApplication.Refuse(stderr, $"the language '{twice.Key}' is given twice",
                CliApplication.UsageError);
        var title = (invocation.Options.GetValueOrDefault("title") ?? SiteScaffold.DefaultTitle).Trim();
        if (title.Length == 0 || title.Any(char.IsControl))
            return CliApplication.Refuse(stderr, "the title must be one line of text", CliApplication.UsageError);

        var named = invocation.Arguments.Count > 0 ? invocation.Arguments[0] : null;
        var folder = Path.GetFullPath(named ?? ".");
        var shown = named ?? "the current folder";
        if (File.Exists(folder))
            return CliApplication.Refuse(stderr, $"{shown} is a file; init makes a site in a folder",
                CliApplication.ContentErrors);
        if (Path.Exists(Path.Combine(folder, "content")))
        {
            return CliApplication.Refuse(stderr,
                $"{shown} holds a site already (it has content/); init makes a new site in an empty " +
                "folder, or in a repository that has no site yet", CliApplication.ContentErrors);
        }
        var languages = codes.Select(SiteScaffold.LanguageOf).ToArray();
        var files = SiteScaffold.Files(languages, title, DateOnly.FromDateTime(DateTime.Now));
        if (ScaffoldWriter.Taken(folder, files) is { Count: > 0 } taken)
        {
            return CliApplication.Refuse(stderr,
                $"{shown} has {string.Join(", ", taken)} already; init never replaces a file: " +
                "move them away, or make the site in another folder", CliApplication.ContentErrors);
        }
        ScaffoldWriter.Write(folder, files);
        Report(stdout, named, languages);
        return CliApplication.Success;
    }

    private static void Report(TextWriter stdout, string? named, IReadOnlyList<Language> languages)
    {
        var names = string.Join(", ", languages.Select(l => l.Name));
        stdout.WriteLine($"Created a site in {named ?? "this folder"}, in {names}, with the built-in theme:");
        foreach (var (file, what) in Written) stdout.WriteLine($"  {file,-30} {what}");
        stdout.WriteLine(
            "Next: 'foreign-affairs serve' previews the site while you edit it, " +
            "'foreign-affairs new projects <slug>' " +
            "starts an entry, " +
            "and 'foreign-affairs theme eject FILE' copies a file of the theme into themes/default/ to change it.");
    }

    private static readonly (string File, string What)[] Written =
    [
        ("content/site.yaml", "its settings: set base_url to the address it will be published at"),
        ($"content/*/{SiteScaffold.ExampleSlug}/", "an example entry of each collection: a draft, never published"),
        (".github/workflows/publish.yml", "publishes it on GitHub Pages on every push to main"),
        ("package.json", "Pagefind, for search: run npm install"),
        ($"{SiteScaffold.SchemaFolder}/, .vscode/settings.json",
            "completion and checks while you edit its YAML in VS Code"),
    ];
}
