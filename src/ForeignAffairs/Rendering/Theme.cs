using ForeignAffairs.Localization;
using Scriban;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A loaded theme: its parsed templates by name (<c>base</c>, <c>projects/entry</c>, <c>partials/header</c>), its UI
/// strings and its static files, each from the site's theme folder or, for the default theme, from the built-in theme
/// it overrides.
/// </summary>
/// <param name="Folder">The full path of the site's theme folder, which for the default theme may not exist.</param>
/// <param name="RelativeFolder">The theme folder's path relative to the site, for diagnostics.</param>
/// <param name="Templates">Parsed templates by name: their path under <c>layouts/</c> without <c>.html</c>.</param>
/// <param name="Strings">The UI strings.</param>
/// <param name="Assets">The files under <c>assets/</c>, published under <c>/assets/</c>.</param>
internal sealed record Theme(
    string Folder,
    string RelativeFolder,
    IReadOnlyDictionary<string, Template> Templates,
    UiStrings Strings,
    IReadOnlyList<CopiedFile> Assets)
{
    /// <summary>The templates every theme must have.</summary>
    public static IReadOnlyList<string> RequiredTemplates { get; } = ["base", "root", "home", "list", "entry"];

    /// <summary>
    /// The text of every template, by its path in the theme (<c>layouts/home.html</c>), and of every UI-strings file
    /// read, by the path messages name it by (<c>themes/default/i18n/en.yaml</c>): what tells a rebuild what changed.
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// What each template reads and sets, found once when the theme is loaded (the preview keeps it between builds).
    /// </summary>
    public IReadOnlyList<TemplateVariables> Variables { get; init; } = [];

    /// <summary>
    /// The templates compiled once when the theme is loaded, which render them (see <see cref="TemplateCompiler"/>);
    /// a template not among them is rendered by Scriban's interpreter.
    /// </summary>
    public IReadOnlyDictionary<Template, CompiledTemplate> Compiled { get; init; } =
        new Dictionary<Template, CompiledTemplate>();

    /// <summary>The theme with its templates rendered by Scriban's interpreter.</summary>
    public Theme Interpreted() => this with { Compiled = new Dictionary<Template, CompiledTemplate>() };

    /// <summary>
    /// The name of the most specific template for a page: <c>projects/entry</c> if the theme has it, else <c>entry</c>.
    /// </summary>
    public string Pick(string collection, string kind) =>
        Templates.ContainsKey($"{collection}/{kind}") ? $"{collection}/{kind}" : kind;

    /// <summary>The file the template <paramref name="name"/> came from, as messages name it.</summary>
    public string SourceOf(string name) => Templates[name].SourceFilePath ?? RelativeFolder;
}
