using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Serves <c>include "name"</c> from the theme's already parsed <c>layouts/partials/</c>; nothing outside the theme can
/// be read.
/// </summary>
internal sealed class ThemeTemplateLoader(IReadOnlyDictionary<string, Template> templates) : ITemplateLoader
{
    private const string Folder = "partials/";
    // Each partial's path by its name, made once: every include asks for one.
    private readonly Dictionary<string, string> _paths = templates.Keys
        .Where(path => path.StartsWith(Folder, StringComparison.Ordinal))
        .ToDictionary(path => path[Folder.Length..], StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _paths.GetValueOrDefault(templateName)
        ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
            $"the theme has no partial '{templateName}' (layouts/partials/{templateName}.html)");

    // Parsed templates are placed in the context's cache beforehand, so their text is never needed.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"partial {templatePath} was not cached");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
