using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The ways the parks directory narrows the parks: by kind, province, sector and the country of the investors already
/// in them. Each value that selects a park has a page of its own (<c>/&lt;lang&gt;/parks/kind/economic-zone/</c>), so
/// the directory works without JavaScript and each view can be shared.
/// </summary>
internal sealed class ParkFacets
{
    /// <summary>The facets, in the order the directory shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["kind", "province", "sector", "country"];

    /// <summary>
    /// The fields of a park that the views are made from: a change to one changes the directory's listing.
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } = ["kind", "province", "sectors", "tenants"];

    private readonly List<ListFilter> _filters = [];

    public ParkFacets(Site site, EntryViews views, string language, string defaultLanguage,
        Func<string, string> kindLabel)
    {
        var parks = site.In(Collection.Parks);
        foreach (var kind in ContentSchemas.ParkKind.Values)
            Add("kind", kind, () => (kindLabel(kind), language), park => (string)park.Fields["kind"] == kind);
        foreach (var province in site.In(Collection.Provinces))
            Add("province", province.Key.Slug, () => province.Title.Resolve(language, defaultLanguage),
                park => Equals(park.Fields["province"], province.Key));
        foreach (var sector in site.In(Collection.Sectors))
            Add("sector", sector.Key.Slug, () => sector.Title.Resolve(language, defaultLanguage),
                park => park.Fields.GetValueOrDefault("sectors") is IEnumerable<object> sectors
                    && sectors.Contains(sector.Key));
        // A country is named by its text in the default language, the same in every language's addresses; one without a
        // Latin name there has no view. Its label is the first text written for the page's language, else the first
        // written for every language, else the first in another.
        var countries = parks.SelectMany(Countries).GroupBy(c => Value(c, defaultLanguage), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var country in countries)
            Add("country", country.Key,
                () => country.OrderBy(c => c.ByLanguage.ContainsKey(language) ? 0 : c.Invariant is not null ? 1 : 2)
                    .First().Resolve(language, defaultLanguage),
                park => Countries(park).Any(c => Value(c, defaultLanguage) == country.Key));

        // A value no park has gets no page, and its label is not asked for.
        void Add(string facet, string value, Func<(string Text, string Language)> label, Func<Entry, bool> selects)
        {
            var selected = parks.Where(selects).Select(p => views[p.Key]).ToArray();
            if (selected.Length == 0) return;
            var (text, textLanguage) = label();
            _filters.Add(new ListFilter(facet, value, text, textLanguage, selected));
        }
    }

    /// <summary>Every filter that selects at least one park.</summary>
    public IReadOnlyList<ListFilter> Filters => _filters;

    /// <summary>The facets as templates see them: <c>facets.kind</c> lists each value's label, url, count and whether
    /// it is the current one.</summary>
    public ScriptObject ToScript(SiteUrls urls, string language, ListFilter? current) =>
        ListFilter.ToScript(_filters, Names, f => urls.Url(SiteUrls.ParkFilterPath(language, f.Facet, f.Value)),
            current);

    private static IEnumerable<LocalizedText> Countries(Entry park) =>
        (park.Fields.GetValueOrDefault("tenants") as IEnumerable<object> ?? [])
            .Select(t => ((IReadOnlyDictionary<string, object>)t).GetValueOrDefault("country")).OfType<LocalizedText>();

    private static string Value(LocalizedText country, string defaultLanguage)
    {
        var name = country.Resolve(defaultLanguage, defaultLanguage).Text;
        return name.Normalize(System.Text.NormalizationForm.FormD).Any(char.IsAsciiLetterOrDigit)
            ? SlugRule.Slugify(name)
            : "";
    }
}
