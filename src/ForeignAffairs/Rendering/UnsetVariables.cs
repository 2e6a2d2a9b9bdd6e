using ForeignAffairs.Diagnostics;
using Scriban;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What a site's templates read that nothing sets for them: a misspelt name, or a partial copied from an older theme
/// that read what a layout set for it, where partials now get their inputs as arguments. Scriban reads such a variable
/// as nothing, without a word; this says where.
/// </summary>
internal static class UnsetVariables
{
    // Names every template can read: Scriban's functions and the state of the loop being run.
    private static readonly string[] ScribanNames =
        [.. TemplateContext.GetDefaultBuiltinObject().Keys, "for", "while", "tablerow"];

    private const string PartialsFolder = "layouts/partials/";

    /// <summary>
    /// Warns at the first read, in each template of the site's own theme folder, of each variable that is neither in
    /// <paramref name="given"/> (what the generator gives every template), nor Scriban's, nor set where the template
    /// can rely on it: a layout, by any template of <paramref name="theme"/>; a partial, by itself or by another
    /// template of the site's own folder, since the built-in layouts set nothing for partials to read. The built-in
    /// theme's templates are held to this by the test that ejects the whole theme and builds with it.
    /// </summary>
    public static void Report(Theme theme, IEnumerable<string> given, DiagnosticBag diagnostics)
    {
        var folder = theme.RelativeFolder + "/";
        var templates = theme.Variables;
        static IEnumerable<string> SetBy(IEnumerable<TemplateVariables> templates) =>
            templates.SelectMany(t => t.Assigned.Concat(t.LoopVariables));
        var own = templates.Where(t => t.Path.StartsWith(folder, StringComparison.Ordinal)).ToArray();
        var known = new HashSet<string>(given, StringComparer.Ordinal);
        known.UnionWith(ScribanNames);
        var forPartials = new HashSet<string>(known, StringComparer.Ordinal);
        forPartials.UnionWith(SetBy(own));
        known.UnionWith(SetBy(templates));
        foreach (var template in own)
        {
            var partial = template.Path.AsSpan(folder.Length).StartsWith(PartialsFolder, StringComparison.Ordinal);
            var set = partial ? forPartials : known;
            foreach (var (name, span) in template.Read.Where(read => !set.Contains(read.Key)))
            {
                diagnostics.Warning(DiagnosticCodes.UnsetTemplateVariable,
                    new SourceLocation(template.Path, span.Start.Line + 1, span.Start.Column + 1),
                    $"the template reads '{name}', which neither the generator nor "
                    + (partial ? "the partial itself" : "any template of the theme") + " sets: here it has no value",
                    Hint(name, set, partial));
            }
        }
    }

    private static string Hint(string name, IReadOnlySet<string> set, bool partial) =>
        // A name of one or two letters is as close to many others: none is suggested for it.
        name.Length > 2 && Suggestion.Closest(name, set) is { } closest ? $"did you mean '{closest}'?"
        : partial ? "pass it to the partial as an argument, include \"name\" key: value, which reads it as $key; the "
            + "theme author's guide in the README lists what every template gets"
        : "set it before it is read, or read one of the variables the theme author's guide in the README lists";
}
