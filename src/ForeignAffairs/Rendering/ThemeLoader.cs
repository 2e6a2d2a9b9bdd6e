using System.Collections.Frozen;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using Scriban;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Loads a theme: parses every template up front, so that a syntax error is reported with its position before any page
/// is rendered. The theme named <c>default</c> is built into the tool; a site's <c>themes/default/</c> overrides its
/// files one by one, and its UI strings key by key. Any other theme is a folder of the site's <c>themes/</c>, whole.
/// </summary>
internal static class ThemeLoader
{
    /// <summary>
    /// Loads the theme named in <paramref name="config"/> for the site in <paramref name="root"/>; null if it cannot be
    /// used.
    /// </summary>
    public static Theme? Load(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        var relative = $"themes/{config.Theme}";
        var folder = Path.Combine(root, "themes", config.Theme);
        if (SiteFile.IsRefused(folder, relative, diagnostics)) return null;
        var builtIn = config.Theme == BuiltInTheme.Name;
        if (!builtIn && !Directory.Exists(folder))
        {
            var themes = Path.Combine(root, "themes");
            var existing = Directory.Exists(themes)
                ? Directory.GetDirectories(themes).Select(Path.GetFileName).OfType<string>()
                : [];
            diagnostics.Error(DiagnosticCodes.MissingTemplate, config.ThemeLocation,
                $"there is no theme '{config.Theme}': it is not built in, and the folder {relative}/ does not exist",
                Suggestion.Hint(config.Theme,
                    existing.Append(BuiltInTheme.Name).Distinct(StringComparer.Ordinal).ToArray()));
            return null;
        }

        IReadOnlyList<ThemeLayer> layers = builtIn
            ? [new ThemeFolder(folder, relative), BuiltInLayer.Instance]
            : [new ThemeFolder(folder, relative)];
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var (templates, failed) = LoadTemplates(layers, sources, diagnostics);
        // A template that exists but could not be used (a syntax error, a symbolic link) has been reported already.
        foreach (var name in Theme.RequiredTemplates.Where(n => !templates.ContainsKey(n) && !failed.Contains(n)
                     && !layers.Any(l => l.Has($"layouts/{n}.html"))))
        {
            diagnostics.Error(DiagnosticCodes.MissingTemplate,
                SourceLocation.File(layers[0].PathOf($"layouts/{name}.html")),
                $"the theme lacks the template '{name}', which every theme needs");
        }

        var strings = LoadStrings(layers, config, sources, diagnostics);
        var assets = Effective(layers, "assets", diagnostics).Select(a => a.Value.Publish(a.Key, a.Key)).ToArray();
        return failed.Count > 0 ? null : new Theme(folder, relative, templates, strings, assets)
        {
            Sources = sources, Variables = [.. templates.Values.Select(TemplateVariables.Of)],
            Compiled = templates.Values.ToDictionary(template => template, TemplateCompiler.Compile),
        };
    }

    // The theme's files under folder, each from the first layer that has it, by path in the theme.
    private static SortedDictionary<string, ThemeLayer> Effective(IReadOnlyList<ThemeLayer> layers, string folder,
        DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, ThemeLayer>(StringComparer.Ordinal);
        foreach (var layer in layers)
            foreach (var file in layer.Files(folder, diagnostics)) files.TryAdd(file, layer);
        return files;
    }

    // The templates that could be read and parsed, and the names of those that could not (already reported).
    private static (Dictionary<string, Template> Templates, HashSet<string> Failed) LoadTemplates(
        IReadOnlyList<ThemeLayer> layers, IDictionary<string, string> sources, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var errorsBefore = diagnostics.ErrorCount;
        var layouts = Effective(layers, "layouts", diagnostics)
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal));
        foreach (var (file, layer) in layouts)
        {
            var name = file["layouts/".Length..^".html".Length];
            if (layer.ReadText(file, diagnostics) is not { } text)
            {
                failed.Add(name);
                continue;
            }
            sources[file] = text;
            // Messages name the file the template came from: the site's, or the built-in theme's.
            var path = layer.PathOf(file);
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

    // Each language's strings: those of the last layer first, then each earlier layer's, which add keys or replace
    // them, so that a site's i18n file needs only the strings it changes. Sources name each layer's file apart.
    private static UiStrings LoadStrings(IReadOnlyList<ThemeLayer> layers, SiteConfig config,
        IDictionary<string, string> sources, DiagnosticBag diagnostics)
    {
        var strings = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in config.LanguageCodes)
        {
            var file = $"i18n/{language}.yaml";
            // Missing strings are added to the first layer's file: the site's, which overrides the built-in one.
            files[language] = layers[0].PathOf(file);
            var holders = layers.Where(l => l.Has(file)).Reverse().ToArray();
            if (holders.Length == 0)
            {
                diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.File(files[language]),
                    $"the theme has no UI strings for '{language}'; " +
                    $"menus and headings will be in {config.DefaultLanguage.Name}",
                    $"copy the theme's i18n/{config.DefaultLanguage.Code}.yaml to {files[language]} and translate it");
                continue;
            }
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var layer in holders)
            {
                var path = layer.PathOf(file);
                if (layer.ReadText(file, diagnostics) is not { } text) continue;
                sources[path] = text;
                if (YamlReader.ReadMapping(text, path, diagnostics) is { } source)
                    Flatten(source, source.Root, "", map, diagnostics);
            }
            // Looked up by hash: every page asks for dozens of strings.
            strings[language] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new UiStrings(config.DefaultLanguage.Code, strings.ToFrozenDictionary(StringComparer.Ordinal), files);
    }

    private static void Flatten(YamlSource source, YamlMappingNode mapping, string prefix,
        IDictionary<string, string> into, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            switch (value)
            {
                case YamlScalarNode scalar: into[key] = scalar.Value ?? ""; break;
                case YamlMappingNode nested: Flatten(source, nested, key + ".", into, diagnostics); break;
                default:
                    diagnostics.Error(DiagnosticCodes.WrongType, source.Locate(value),
                        $"the UI string '{key}' must be text");
                    break;
            }
        }
    }
}
