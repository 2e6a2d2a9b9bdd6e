namespace ForeignAffairs.Rendering;

/// <summary>
/// How a render differs from the one before it: the pages rendered anew, and the paths of the pages that are gone.
/// </summary>
/// <param name="Anew">The pages that are not the very pages of the render before (rendered again, or new), in path
/// order.</param>
/// <param name="Gone">The paths of the pages of the render before that this one does not have, in path order.</param>
/// <param name="Differ">
/// The pages of <paramref name="Anew"/> whose HTML is not that of the page of the same path before, new pages included:
/// those the output and the search index must take again.
/// </param>
internal sealed record RenderedChange(IReadOnlyList<RenderedPage> Anew, IReadOnlyList<string> Gone,
    IReadOnlyList<RenderedPage> Differ)
{
    /// <summary>The change of a first render: every page is new.</summary>
    public static RenderedChange Whole(RenderedSite rendered) => new(rendered.Pages, [], rendered.Pages);
}
