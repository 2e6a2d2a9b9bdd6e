using ForeignAffairs.Diagnostics;
using Scriban;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What a site's templates read that nothing sets. A variable that neither the generator gives templates nor any
/// template of the theme sets is always empty: most often a misspelt name, or a partial copied from an older theme that
/// read what a layout set for it, where partials now get their inputs as arguments. Scriban reads it as nothing,
/// without a word; this says where.
/// </summary>
internal static class UnsetVariables
{
    // Variables of Scriban's own: the state of the loop being run.
    private static readonly string[] LoopStates = ["for", "while", "tablerow"];

    /// <summary>
    /// Warns at the first read, in each template of the site's own theme folder, of each variable that is neither in
    /// <paramref name="given"/> (what the generator gives every template), nor Scriban's, nor set by a template of
    /// <paramref name="theme"/>. The built-in theme's own templates are held to this by its tests.
    /// </summary>
    public static void Report(Theme theme, IEnumerable<string> given, DiagnosticBag diagnostics)
    {
        var templates = theme.Templates.Values.Select(TemplateVariables.Of).ToArray();
        var known = new HashSet<string>(given, StringComparer.Ordinal);
        known.UnionWith(TemplateContext.GetDefaultBuiltinObject().Keys);
        known.UnionWith(LoopStates);
        foreach (var template in templates)
        {
            known.UnionWith(template.Assigned);
            known.UnionWith(template.LoopVariables);
        }
        var own = templates.Where(t => t.Path.StartsWith(theme.RelativeFolder + "/", StringComparison.Ordinal));
        foreach (var template in own)
        {
            foreach (var (name, span) in template.Read.Where(read => !known.Contains(read.Key)))
            {
                diagnostics.Warning(DiagnosticCodes.UnsetTemplateVariable,
                    new SourceLocation(template.Path, span.Start.Line + 1, span.Start.Column + 1),
                    $"the template reads '{name}', which neither the generator nor any template of the theme sets, "
                    + "so it is always empty here",
                    // A name of one or two letters is as close to many others: none is suggested for it.
                    name.Length > 2 && Suggestion.Closest(name, known) is { } closest
                        ? $"did you mean '{closest}'?"
                        : "pass it to the partial as an argument, include \"name\" key: value, which reads it as $key; "
                        + "the theme author's guide in the README lists what every template gets");
            }
        }
    }
}
