using ForeignAffairs.Cli.Serving;
using static ForeignAffairs.Cli.CliOption;

namespace ForeignAffairs.Cli;

/// <summary>
/// The commands, in the order the help lists them. A command is one entry here, with its help text: the parser, the
/// help and the suggestions for a misspelt command or option all read this table.
/// </summary>
internal static class CommandTable
{
    /// <summary>Every command.</summary>
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("build", "Checks the site and publishes it to the output folder.",
            [
                Source,
                new("output", "DIR",
                    "where the site is published (default: <source>/output); replaced only when the build succeeds"),
                new("base-url", "URL",
                    "the address the site is published at, overriding base_url in content/site.yaml"),
                Format,
                new("no-verify", null,
                    "skip reading the rendered pages back for broken links, ids and languages (FA6xxx)"),
                Timings,
                TemplateMetrics,
                new("adopt-output", null,
                    "publish into a folder that holds files no build made, such as a deploy repository: its files are "
                    + "kept, and the build stops rather than replace one of them"),
                Offline,
            ],
            "foreign-affairs build --source my-site --base-url https://preview.example.org/", CliApplication.Build)
        {
            Details = "When the site has search but no Pagefind in its node_modules, the first build installs "
                + "Pagefind once with npm into the tool's cache in your user folder; later builds use it from there.",
        },
        new("check", "Checks the whole site, as build does, without writing anything.",
            [Source, new("strict", null, "fail on warnings too"), Format, Timings, TemplateMetrics, Offline],
            "foreign-affairs check --strict", CliApplication.Check),
        new("serve", "Serves the site on this computer while you edit, rebuilding what each saved change touches.",
            [Source, new("port", "N", $"the port (default: {ServeCommand.DefaultPort}; 0 for any free port)"), Offline],
            "foreign-affairs serve --port 8080",
            (invocation, stdout, stderr) => ServeCommand.Run(invocation.Source, invocation, stdout, stderr))
        {
            Details = "Builds the site into a temporary folder and serves it at http://127.0.0.1:PORT/: every saved "
                + "change to content/ or themes/ rebuilds the pages it touches and reloads the open pages; errors are "
                + "shown over the last good version of the page. Ctrl+C stops it.",
        },
        new("new", "Creates a new entry as a draft.", [Source],
            "foreign-affairs new projects hai-phong-logistics-park",
            (invocation, stdout, stderr) => NewCommand.Run(invocation.Source, invocation, stdout, stderr))
        {
            Arguments = "<collection> <slug>",
            Details = "Its index.yaml lists every field of the collection with what it is for, and there is a "
                + "Markdown file for every language. It is checked but not published until you remove its "
                + "'draft: true' line.",
        },
        new("schema",
            "Writes the JSON Schemas of site.yaml and of each collection's index.yaml, for editors' YAML tooling.",
            [Source, new("output", "DIR", "where to write them (default: <source>/schemas)")],
            "foreign-affairs schema", CliApplication.Schema),
        new("translations", "Reports, language by language, which entries are translated, stale or missing.",
            [
                Source,
                new("strict", null, "exit with 1 when a translation is missing or stale"),
                Format with { Description = "how the report is printed: text (default) or json" },
                new("mark", "LANG",
                    "record that the LANG translations of the entries named after the options (collection/slug) are "
                    + "up to date with the current default-language text"),
            ],
            "foreign-affairs translations --mark ja provinces/bac-ninh",
            (invocation, stdout, stderr) =>
                TranslationsCommand.Run(invocation.Source, invocation, invocation.Format, stdout, stderr))
        {
            Arguments = "[--mark LANG ENTRY...]",
        },
        new("init", "Creates a site that builds at once, with the built-in theme.",
            [
                new("languages", "LIST", "language codes, default language first (default: en), such as en,ja,ko"),
                new("title", "TEXT", "the site's name, written for every language"),
            ],
            "foreign-affairs init invest-bac-ninh --languages en,ja,ko --title \"Invest in Bac Ninh\"", InitCommand.Run)
        {
            Arguments = "[DIR]",
            Details = "DIR is the current folder when not given; it must hold no content/. init writes "
                + "content/site.yaml, an example entry of each collection (drafts, never published), .gitignore, the "
                + "GitHub Pages workflow, package.json (Pagefind), the JSON Schemas and VS Code's settings for them.",
        },
        new("theme", "Copies the built-in theme, or one file or folder of it, into the site to change it.", [Source],
            "foreign-affairs theme eject layouts/partials/footer.html",
            (invocation, stdout, stderr) => ThemeCommand.Run(invocation.Source, invocation, stdout, stderr))
        {
            Arguments = "eject [FILE]",
            Details = "Each copy in themes/default/ takes the place of the built-in file; theme eject never replaces "
                + "a file.",
        },
    ];

    /// <summary>The command called <paramref name="name"/>, or null.</summary>
    public static CliCommand? Find(string name) => All.FirstOrDefault(command => command.Name == name);
}
