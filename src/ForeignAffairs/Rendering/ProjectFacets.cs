using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The ways the project explorer narrows the projects: by sector, province and status. Each value has a page of its own
/// (<c>/&lt;lang&gt;/projects/sector/&lt;slug&gt;/</c>), so the explorer works without JavaScript and each view can be shared.
/// </summary>
internal sealed class ProjectFacets
{
    /// <summary>The facets, in the order the explorer shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sector", "province", "status"];

    private readonly List<ProjectFilter> _filters = [];

    public ProjectFacets(Site site, EntryViews views, string language, string defaultLanguage, Func<string, string> statusLabel)
    {
        // One pass over the projects puts each under its sectors, province and status, in site order.
        var found = new Dictionary<(string Facet, string Value), List<ScriptObject>>();
        void Put(string facet, string value, Entry project)
        {
            if (!found.TryGetValue((facet, value), out var list)) found[(facet, value)] = list = [];
            list.Add(views[project.Key]);
        }
        foreach (var project in site.In(Collection.Projects))
        {
            foreach (var sector in ((IEnumerable<object>)project.Fields["sectors"]).OfType<EntryKey>().Distinct())
                Put("sector", sector.Slug, project);
            Put("province", ((EntryKey)project.Fields["province"]).Slug, project);
            Put("status", (string)project.Fields["status"], project);
        }
        foreach (var sector in site.In(Collection.Sectors))
            Add("sector", sector.Key.Slug, sector.Title.Resolve(language, defaultLanguage).Text);
        foreach (var province in site.In(Collection.Provinces))
            Add("province", province.Key.Slug, province.Title.Resolve(language, defaultLanguage).Text);
        foreach (var status in ContentSchemas.ProjectStatus.Values)
            Add("status", status, statusLabel(status));

        void Add(string facet, string value, string label) =>
            _filters.Add(new ProjectFilter(facet, value, label, found.TryGetValue((facet, value), out var list) ? list.ToArray() : []));
    }

    /// <summary>Every filter: one per sector, province and status.</summary>
    public IReadOnlyList<ProjectFilter> Filters => _filters;

    /// <summary>
    /// The facets as templates see them: <c>facets.sector</c> lists each value's label, url, count and whether it is
    /// the current one.
    /// </summary>
    public ScriptObject ToScript(SiteUrls urls, string language, ProjectFilter? current)
    {
        var facets = new ScriptObject();
        foreach (var name in Names)
        {
            facets[name] = new ScriptArray(_filters.Where(f => f.Facet == name).Select(f => new ScriptObject
            {
                ["value"] = f.Value,
                ["label"] = f.Label,
                ["url"] = urls.Url(SiteUrls.FilterPath(language, f.Facet, f.Value)),
                ["count"] = f.Projects.Count,
                ["is_current"] = f == current,
            }));
        }
        return facets;
    }
}
