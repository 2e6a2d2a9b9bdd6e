using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>One value of a project facet and the projects it selects.</summary>
/// <param name="Facet">sector, province or status.</param>
/// <param name="Value">The sector's or province's slug, or the status.</param>
/// <param name="Label">The value as readers see it in the page's language.</param>
/// <param name="Projects">The projects it selects, in presentation order.</param>
internal sealed record ProjectFilter(string Facet, string Value, string Label, IReadOnlyList<ScriptObject> Projects);
