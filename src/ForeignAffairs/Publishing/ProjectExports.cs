using ForeignAffairs.Content;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Publishing;

/// <summary>The projects of a site as the open data exports write them, by slug.</summary>
internal sealed class ProjectExports
{
    private ProjectExports(IReadOnlyList<ProjectExport> items) => Items = items;

    /// <summary>Every project, by slug.</summary>
    public IReadOnlyList<ProjectExport> Items { get; }

    /// <summary>
    /// The projects of <paramref name="site"/>. A project whose entry is the one <paramref name="previous"/> read (a
    /// rebuild that kept it, with the same settings) keeps its export; the others are written anew.
    /// </summary>
    public static ProjectExports For(Site site, ProjectExports? previous)
    {
        var urls = new SiteUrls(site.Config);
        var languages = site.Config.LanguageCodes;
        // Entries are records: kept ones are found by reference, not compared field by field.
        var kept = previous?.Items.ToDictionary(p => p.Entry, p => p,
            (IEqualityComparer<Entry>)ReferenceEqualityComparer.Instance);
        var projects = site.In(Collection.Projects).OrderBy(e => e.Key.Slug, StringComparer.Ordinal).ToArray();
        var items = new ProjectExport[projects.Length];
        Parallel.For(0, projects.Length, Cores.Each, i => items[i] = kept?.GetValueOrDefault(projects[i])
            ?? new ProjectExport(projects[i], ProjectRecord.Of(projects[i], languages, urls)));
        return new ProjectExports(items);
    }

    /// <summary>
    /// Whether these projects publish the same open data as <paramref name="before"/>: the same facts in the same
    /// order.
    /// </summary>
    public bool SameAs(ProjectExports before) =>
        Items.Count == before.Items.Count
        && Items.Zip(before.Items).All(p =>
            ReferenceEquals(p.First, p.Second) || p.First.Record.SameAs(p.Second.Record));
}
