using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// One value of a facet of a list (the project explorer's, the parks directory's) and the entries it selects.
/// </summary>
/// <param name="Facet">What the list is narrowed by: sector, province, status, kind...</param>
/// <param name="Value">The value in addresses: a slug, a status, a kind.</param>
/// <param name="Label">The value as readers see it in the page's language.</param>
/// <param name="LabelLanguage">The language of <paramref name="Label"/>: another than the page's when it falls
/// back.</param>
/// <param name="Entries">The entries it selects, in presentation order.</param>
internal sealed record ListFilter(string Facet, string Value, string Label, string LabelLanguage,
    IReadOnlyList<ScriptObject> Entries)
{
    /// <summary>
    /// <paramref name="filters"/> as templates see them: for each facet of <paramref name="names"/>, each value's
    /// label, url (from <paramref name="address"/>), count and whether it is <paramref name="current"/>.
    /// </summary>
    public static ScriptObject ToScript(IReadOnlyList<ListFilter> filters, IEnumerable<string> names,
        Func<ListFilter, string> address, ListFilter? current)
    {
        var facets = new ScriptObject(StringComparer.Ordinal);
        foreach (var name in names)
        {
            facets[name] = new ScriptArray(filters.Where(f => f.Facet == name)
                .Select(f => new ScriptObject(StringComparer.Ordinal)
                {
                    ["value"] = f.Value,
                    ["label"] = f.Label,
                    ["label_lang"] = f.LabelLanguage,
                    ["url"] = address(f),
                    ["count"] = f.Entries.Count,
                    ["is_current"] = f == current,
                }));
        }
        return facets;
    }
}
