using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The ways the project explorer narrows the projects: by sector, province and status, and, on a site with example
/// listings, to the real listings alone. Each value has a page of its own
/// (<c>/&lt;lang&gt;/projects/sector/&lt;slug&gt;/</c>, <c>/&lt;lang&gt;/projects/listing/real/</c>), so the explorer
/// works without JavaScript and each view can be shared.
/// </summary>
internal sealed class ProjectFacets
{
    /// <summary>The facets, in the order the explorer shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sector", "province", "status"];

    /// <summary>
    /// The facet of the page of real listings, without the examples; it has the one value <see cref="Real"/>.
    /// </summary>
    public const string Listing = "listing";

    /// <summary>The value of <see cref="Listing"/> that selects the projects that are not examples.</summary>
    public const string Real = "real";

    private readonly List<ListFilter> _filters = [];

    public ProjectFacets(Site site, ProjectGroups groups, EntryViews views, string language, string defaultLanguage,
        Func<string, string> statusLabel, Func<string> realListingsLabel)
    {
        foreach (var sector in site.In(Collection.Sectors))
            Add("sector", sector.Key.Slug, sector.Title.Resolve(language, defaultLanguage));
        foreach (var province in site.In(Collection.Provinces))
            Add("province", province.Key.Slug, province.Title.Resolve(language, defaultLanguage));
        foreach (var status in ContentSchemas.ProjectStatus.Values)
            Add("status", status, (statusLabel(status), language));
        // Without examples the real listings are all the projects, which the list shows already.
        if (groups.HasExamples) Add(Listing, Real, (realListingsLabel(), language));

        void Add(string facet, string value, (string Text, string Language) label)
        {
            var projects = groups.Of(facet, value);
            var shown = new ScriptObject[projects.Count];
            for (var i = 0; i < shown.Length; i++) shown[i] = views[projects[i]];
            _filters.Add(new ListFilter(facet, value, label.Text, label.Language, shown));
        }
    }

    /// <summary>
    /// Every filter: one per sector, province and status, and the real listings when the site has examples.
    /// </summary>
    public IReadOnlyList<ListFilter> Filters => _filters;

    /// <summary>
    /// The address query that selects the same projects in the explorer's form: <c>sector=logistics</c>; the real
    /// listings are the form's <c>examples=hide</c>.
    /// </summary>
    public static string Query(ListFilter filter) =>
        filter.Facet == Listing ? "examples=hide" : $"{filter.Facet}={Uri.EscapeDataString(filter.Value)}";

    /// <summary>
    /// The facets as templates see them: <c>facets.sector</c> lists each value's label, url, count and whether it is
    /// the current one; <c>facets.listing</c> holds the page of real listings, or nothing on a site without examples.
    /// </summary>
    public ScriptObject ToScript(SiteUrls urls, string language, ListFilter? current) =>
        ListFilter.ToScript(_filters, Names.Append(Listing),
            f => urls.Url(SiteUrls.FilterPath(language, f.Facet, f.Value)), current);
}
