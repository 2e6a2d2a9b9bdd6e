using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using Scriban;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Rendering;

/// <summary>Loads a theme: parses every template up front, so that a syntax error is reported with its position before any page is rendered.</summary>
public static class ThemeLoader
{
    /// <summary>Loads the theme named in <paramref name="config"/> from <c>themes/</c> of the site in <paramref name="root"/>; null if it cannot be used.</summary>
    public static Theme? Load(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        var relative = $"themes/{config.Theme}";
        var folder = Path.Combine(root, "themes", config.Theme);
        if (!Directory.Exists(folder))
        {
            var existing = Directory.Exists(Path.Combine(root, "themes"))
                ? Directory.GetDirectories(Path.Combine(root, "themes")).Select(Path.GetFileName).OfType<string>().ToArray()
                : [];
            diagnostics.Error(DiagnosticCodes.MissingTemplate, new SourceLocation(SiteConfigReader.FileName), $"the theme folder {relative}/ does not exist",
                existing.Length > 0 ? Suggestion.Hint(config.Theme, existing) : "create it, or set 'theme:' to an existing folder under themes/");
            return null;
        }

        if (SiteFile.IsLink(folder, relative, diagnostics)) return null;
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var (templates, failed) = LoadTemplates(folder, relative, sources, diagnostics);
        // A template that exists but could not be used (a syntax error, a symbolic link) has been reported already.
        foreach (var name in Theme.RequiredTemplates.Where(n => !templates.ContainsKey(n) && !failed.Contains(n) && !File.Exists(Path.Combine(folder, "layouts", n + ".html"))))
        {
            diagnostics.Error(DiagnosticCodes.MissingTemplate, SourceLocation.File($"{relative}/layouts/{name}.html"),
                $"the theme lacks the template '{name}', which every theme needs");
        }

        var strings = LoadStrings(folder, relative, config, sources, diagnostics);
        var assets = SiteFile.Files(Path.Combine(folder, "assets"), $"{relative}/assets", diagnostics);
        return failed.Count > 0 ? null : new Theme(folder, relative, templates, strings, assets) { Sources = sources };
    }

    // The templates that could be read and parsed, and the names of those that could not (already reported).
    private static (Dictionary<string, Template> Templates, HashSet<string> Failed) LoadTemplates(string folder, string relative, IDictionary<string, string> sources, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var layouts = Path.Combine(folder, "layouts");
        var errorsBefore = diagnostics.ErrorCount;
        foreach (var file in SiteFile.Files(layouts, $"{relative}/layouts", diagnostics).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var name = file[..^".html".Length];
            var path = $"{relative}/layouts/{file}";
            if (SiteFile.ReadText(Path.Combine(layouts, file), path, diagnostics) is not { } text)
            {
                failed.Add(name);
                continue;
            }
            sources[$"layouts/{file}"] = text;
            var template = Template.Parse(text, path);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Error(DiagnosticCodes.TemplateSyntax,
                        new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        $"template syntax error: {message.Message}");
                }
                failed.Add(name);
                continue;
            }
            templates[name] = template;
        }
        // A symbolic link under layouts/ was reported while listing: the theme cannot be used as it is.
        if (diagnostics.ErrorCount > errorsBefore && failed.Count == 0) failed.Add("layouts");
        return (templates, failed);
    }

    private static UiStrings LoadStrings(string folder, string relative, SiteConfig config, IDictionary<string, string> sources, DiagnosticBag diagnostics)
    {
        var strings = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in config.LanguageCodes)
        {
            var path = $"{relative}/i18n/{language}.yaml";
            files[language] = path;
            var file = Path.Combine(folder, "i18n", language + ".yaml");
            if (!File.Exists(file))
            {
                diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.File(path),
                    $"the theme has no UI strings for '{language}'; menus and headings will be in {config.DefaultLanguage.Name}",
                    $"copy i18n/{config.DefaultLanguage.Code}.yaml to i18n/{language}.yaml and translate it");
                continue;
            }
            if (SiteFile.ReadText(file, path, diagnostics) is not { } text) continue;
            sources[$"i18n/{language}.yaml"] = text;
            if (YamlReader.ReadMapping(text, path, diagnostics) is not { } source) continue;
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            Flatten(source, source.Root, "", map, diagnostics);
            strings[language] = map;
        }
        return new UiStrings(config.DefaultLanguage.Code, strings, files);
    }

    private static void Flatten(YamlSource source, YamlMappingNode mapping, string prefix, IDictionary<string, string> into, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            switch (value)
            {
                case YamlScalarNode scalar: into[key] = scalar.Value ?? ""; break;
                case YamlMappingNode nested: Flatten(source, nested, key + ".", into, diagnostics); break;
                default:
                    diagnostics.Error(DiagnosticCodes.WrongType, source.Locate(value), $"the UI string '{key}' must be text");
                    break;
            }
        }
    }
}
