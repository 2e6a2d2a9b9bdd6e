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
        var projects = site.In(Collection.Projects).ToArray();
        foreach (var sector in site.In(Collection.Sectors))
            Add("sector", sector.Key.Slug, sector.Title.Resolve(language, defaultLanguage).Text, p => ((IEnumerable<object>)p.Fields["sectors"]).Contains(sector.Key));
        foreach (var province in site.In(Collection.Provinces))
            Add("province", province.Key.Slug, province.Title.Resolve(language, defaultLanguage).Text, p => Equals(p.Fields["province"], province.Key));
        foreach (var status in ContentSchemas.ProjectStatus.Values)
            Add("status", status, statusLabel(status), p => (string)p.Fields["status"] == status);

        void Add(string facet, string value, string label, Func<Entry, bool> matches) =>
            _filters.Add(new ProjectFilter(facet, value, label, projects.Where(matches).Select(p => views[p.Key]).ToArray()));
    }

    /// <summary>Every filter: one per sector, province and status.</summary>
    public IReadOnlyList<ProjectFilter> Filters => _filters;

    /// <summary>The facets as templates see them: <c>facets.sector</c> lists each value's label, url, count and whether it is the current one.</summary>
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
