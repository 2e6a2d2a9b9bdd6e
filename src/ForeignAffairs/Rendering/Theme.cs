using ForeignAffairs.Localization;
using Scriban;

namespace ForeignAffairs.Rendering;

/// <summary>A loaded theme: its parsed templates by name (<c>base</c>, <c>projects/entry</c>, <c>partials/header</c>), its UI strings and its static files.</summary>
/// <param name="Folder">The theme's full path.</param>
/// <param name="RelativeFolder">The theme's path relative to the site, for diagnostics.</param>
/// <param name="Templates">Parsed templates by name: their path under <c>layouts/</c> without <c>.html</c>.</param>
/// <param name="Strings">The UI strings.</param>
/// <param name="Assets">Files under <c>assets/</c>, relative to it, published under <c>/assets/</c>.</param>
public sealed record Theme(
    string Folder,
    string RelativeFolder,
    IReadOnlyDictionary<string, Template> Templates,
    UiStrings Strings,
    IReadOnlyList<string> Assets)
{
    /// <summary>The templates every theme must have.</summary>
    public static IReadOnlyList<string> RequiredTemplates { get; } = ["base", "root", "home", "list", "entry"];

    /// <summary>The text of every template and UI-strings file, by its path in the theme, which tells a rebuild what changed.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>The name of the most specific template for a page: <c>projects/entry</c> if the theme has it, else <c>entry</c>.</summary>
    public string Pick(string collection, string kind) =>
        Templates.ContainsKey($"{collection}/{kind}") ? $"{collection}/{kind}" : kind;
}
