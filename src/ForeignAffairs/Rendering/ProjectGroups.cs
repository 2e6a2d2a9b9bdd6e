using ForeignAffairs.Content;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The projects under each value of the explorer's facets (<see cref="ProjectFacets"/>), in site order. They are the
/// same in every language, so they are found once per render, in one pass over the projects; and a live site keeps them
/// while no page that lists the projects must be rendered again (<see cref="RenderMemory"/>).
/// </summary>
internal sealed class ProjectGroups
{
    private readonly Dictionary<(string Facet, string Value), List<EntryKey>> _groups = [];

    /// <summary>
    /// The fields of a project that the groups are made from: a change to one changes the explorer's listing.
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } = ["province", "sectors", "status", "example"];

    /// <summary>What a page that lists the projects reads: when it is stale, the groups may be too.</summary>
    public static PageDependencies Reads { get; } = ListingOfProjects();

    public ProjectGroups(Site site)
    {
        foreach (var project in site.In(Collection.Projects))
        {
            var sectors = (IEnumerable<object>)project.Fields["sectors"];
            foreach (var sector in sectors.OfType<EntryKey>().Distinct()) Put("sector", sector.Slug, project);
            Put("province", ((EntryKey)project.Fields["province"]).Slug, project);
            Put("status", (string)project.Fields["status"], project);
            if (project.Fields.GetValueOrDefault("example") is true) HasExamples = true;
            else Put(ProjectFacets.Listing, ProjectFacets.Real, project);
        }
    }

    /// <summary>Whether some projects are examples, so that the real listings are not all of them.</summary>
    public bool HasExamples { get; }

    /// <summary>
    /// Adds <c>project_count "facet" "value"</c>: how many projects the explorer lists under a value of a facet
    /// (<c>project_count "status" "open"</c>), counted once per render rather than by a loop over every project on
    /// every page. A page that calls it depends on the listing of projects, as the explorer's pages do.
    /// </summary>
    public void AddTo(ScriptObject functions) =>
        functions.SetValue("project_count", TemplateFunction.InContext<string, string, long>((context, facet, value) =>
        {
            if (!Facets.Contains(facet))
                throw new ScriptRuntimeException(context.CurrentSpan,
                    $"project_count has no facet '{facet}': use one of {string.Join(", ", Facets)}");
            (context as HtmlTemplateContext)?.Dependencies?.List(Collection.Projects);
            return Of(facet, value).Count;
        }), true);

    private static readonly string[] Facets = [.. ProjectFacets.Names, ProjectFacets.Listing];

    /// <summary>The projects with <paramref name="value"/> for <paramref name="facet"/>, in site order.</summary>
    public IReadOnlyList<EntryKey> Of(string facet, string value) =>
        _groups.TryGetValue((facet, value), out var list) ? list : [];

    private void Put(string facet, string value, Entry project)
    {
        if (!_groups.TryGetValue((facet, value), out var list)) _groups[(facet, value)] = list = [];
        list.Add(project.Key);
    }

    private static PageDependencies ListingOfProjects()
    {
        var reads = new PageDependencies();
        reads.List(Collection.Projects);
        return reads;
    }
}
