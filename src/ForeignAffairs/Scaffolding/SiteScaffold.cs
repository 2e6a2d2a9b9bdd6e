using System.Globalization;
using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Rendering;
using ForeignAffairs.Validation;

using ForeignAffairs.Publishing;

namespace ForeignAffairs.Scaffolding;

/// <summary>
/// The files of a new site, as <c>init</c> writes them: its settings; an example entry of each collection, a draft that
/// says it is an example; and what a site's repository needs beside them: a <c>.gitignore</c>, the workflow that
/// publishes the site on GitHub Pages with the installed tool, a <c>package.json</c> that pins Pagefind, the JSON
/// Schemas of the site's YAML files and the editor settings that map them. The theme is the built-in one: a new site
/// has no <c>themes/</c>.
/// </summary>
internal static class SiteScaffold
{
    /// <summary>The NuGet package of the tool, which the publishing workflow installs.</summary>
    public const string ToolPackage = "foreign-affairs";

    /// <summary>The slug of every example entry: <c>content/projects/example/</c>.</summary>
    public const string ExampleSlug = "example";

    /// <summary>The site's name when none is given.</summary>
    public const string DefaultTitle = "Investment promotion portal";

    /// <summary>The folder the JSON Schemas go to, as the <c>schema</c> command writes them.</summary>
    public const string SchemaFolder = "schemas";

    private const string BaseUrl = "https://invest.example.org/";
    private const string Description =
        "Investment opportunities in the province: priority sectors, projects calling for investors, and news.";

    /// <summary>
    /// The files of a site in <paramref name="languages"/> (the first is the default language) called
    /// <paramref name="title"/> in each of them, by path relative to the site folder; <paramref name="today"/> dates
    /// the examples.
    /// </summary>
    public static IReadOnlyList<ScaffoldFile> Files(IReadOnlyList<Language> languages, string title, DateOnly today)
    {
        var config = new SiteConfig(LocalizedText.Of(title), null, new Uri(BaseUrl), languages[0], languages,
            BuiltInTheme.Name);
        var files = new List<ScaffoldFile> { ScaffoldFile.Of(SiteConfigReader.FileName, SiteYaml(config, title)) };
        foreach (var collection in Collection.All)
        {
            files.AddRange(EntryScaffold.Example(collection, ExampleSlug, config, _ => [ExampleSlug], today)
                .Select(f => ScaffoldFile.Of(f.Path, f.Text)));
        }
        files.Add(ScaffoldFile.Of(".gitignore", Resource("gitignore")));
        files.Add(ScaffoldFile.Of(".github/workflows/publish.yml", Resource("publish.yml")
            .Replace("{{tool_package}}", ToolPackage, StringComparison.Ordinal)
            .Replace("{{tool_version}}", ToolVersion, StringComparison.Ordinal)));
        files.Add(ScaffoldFile.Of("package.json", Resource("package.json")
            .Replace("{{pagefind_version}}", PagefindCache.Version, StringComparison.Ordinal)));
        files.AddRange(JsonSchemaExport.Files(config)
            .Select(s => ScaffoldFile.Of($"{SchemaFolder}/{s.FileName}", s.Json)));
        files.Add(ScaffoldFile.Of(".vscode/settings.json", JsonSchemaExport.EditorSettings(SchemaFolder)));
        return files;
    }

    /// <summary>
    /// The language <paramref name="code"/> (which <see cref="SiteConfigReader.IsLanguageCode"/> accepts), named in
    /// itself and with its direction as the system's locale data give them; a language they do not know is named by its
    /// code.
    /// </summary>
    public static Language LanguageOf(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            var name = culture.NativeName;
            return new Language(code, culture.TextInfo.ToUpper(name[0]) + name[1..],
                culture.TextInfo.IsRightToLeft ? Language.RightToLeft : Language.LeftToRight);
        }
        catch (CultureNotFoundException)
        {
            return new Language(code, code);
        }
    }

    // The tool's version without its build metadata, which the publishing workflow installs.
    private static string ToolVersion => SiteBuilder.Version.Split('+')[0];

    private static string SiteYaml(SiteConfig config, string title)
    {
        var code = config.DefaultLanguage.Code;
        var yaml = new StringBuilder("# The site's settings. " +
            "The README of foreign-affairs says what each of them is for.\n")
            .Append("# The site's name, in each language.\ntitle:\n");
        foreach (var language in config.Languages)
            yaml.Append(CultureInfo.InvariantCulture, $"  {language.Code}: {Quoted(title)}\n");
        yaml.Append("# What the site offers, shown under its name in search results: write it in each language.\n" +
            "description:\n")
            .Append(CultureInfo.InvariantCulture, $"  {code}: {Quoted(Description)}\n");
        foreach (var language in config.Languages.Skip(1))
            yaml.Append(CultureInfo.InvariantCulture, $"  # {language.Code}:\n");
        yaml.Append("# The address the site is published at: replace it with yours. " +
            "The workflow that publishes the site on\n")
            .Append("# GitHub Pages builds it with the address Pages gives it instead.\n")
            .Append(CultureInfo.InvariantCulture, $"base_url: {config.BaseUrl}\n")
            .Append("# The language entries are written in first; every page is published in each language listed.\n")
            .Append(CultureInfo.InvariantCulture, $"default_language: {code}\nlanguages:\n");
        foreach (var language in config.Languages)
        {
            var direction = language.Direction == Language.RightToLeft ? ", direction: rtl" : "";
            yaml.Append(CultureInfo.InvariantCulture,
                $"  - {{code: {language.Code}, name: {Quoted(language.Name)}{direction}}}\n");
        }
        return yaml.Append("# The theme built into foreign-affairs. " +
            "'foreign-affairs theme eject FILE' copies one of its files (all\n")
            .Append("# of them without FILE) into themes/default/, " +
                "where the copy takes the place of the built-in file.\n")
            .Append(CultureInfo.InvariantCulture, $"theme: {BuiltInTheme.Name}\n")
            .ToString();
    }

    // A YAML double-quoted scalar: any text of one line, whatever it holds.
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Resource(string name)
    {
        using var stream = typeof(SiteScaffold).Assembly.GetManifestResourceStream($"Site/{name}")
            ?? throw new InvalidOperationException($"the resource Site/{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
