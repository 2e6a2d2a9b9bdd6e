using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Which pages a render produces afresh. A full build renders every page; a rebuild keeps each page of the previous
/// render whose dependencies did not change, and renders the others.
/// </summary>
internal sealed class RenderScope
{
    private readonly RenderedSite _previous;
    private readonly Func<PageDependencies, bool> _isStale;
    // The pages that read an entry of Reach: the only ones that can be stale, when both are known.
    private readonly IReadOnlySet<string>? _readers;

    private RenderScope(RenderedSite previous, Func<PageDependencies, bool> isStale,
        IReadOnlyCollection<EntryKey>? reach = null)
    {
        (_previous, _isStale, Reach) = (previous, isStale, reach);
        if (reach is not null) _readers = previous.Readers?.Of(reach);
    }

    /// <summary>
    /// The entries whose reads alone can make something stale, when that is all a change reaches; null when anything
    /// read may be (a template or a listing changed, or everything is rendered).
    /// </summary>
    internal IReadOnlyCollection<EntryKey>? Reach { get; }

    /// <summary>
    /// Renders every page, noting what each depends on, so that later renders can keep the pages that did not change.
    /// </summary>
    public static RenderScope Everything { get; } = new(new RenderedSite([], []), _ => true);

    /// <summary>
    /// Keeps the pages of <paramref name="previous"/> for which <paramref name="isStale"/> is false. When
    /// <paramref name="reach"/> is given, only what read one of those entries can be stale.
    /// </summary>
    public static RenderScope Since(RenderedSite previous, Func<PageDependencies, bool> isStale,
        IReadOnlyCollection<EntryKey>? reach = null) =>
        new(previous, isStale, reach);

    /// <summary>Whether what was made from <paramref name="dependencies"/> must be made again.</summary>
    internal bool IsStale(PageDependencies dependencies) => _isStale(dependencies);

    /// <summary>
    /// Whether <paramref name="pages"/> and <paramref name="files"/>, in path order, are published at exactly the paths
    /// of the previous render: then no two of them share a path, since the previous render's did not.
    /// </summary>
    internal bool SamePaths(IReadOnlyList<RenderedPage> pages, IReadOnlyList<CopiedFile> files) =>
        pages.Count == _previous.Pages.Count && files.Count == _previous.Files.Count
        && pages.Select(p => p.Path).SequenceEqual(_previous.Pages.Select(p => p.Path), StringComparer.Ordinal)
        && files.Select(f => f.Path).SequenceEqual(_previous.Files.Select(f => f.Path), StringComparer.Ordinal);

    /// <summary>
    /// Lets <paramref name="site"/>, whose pages are at the previous render's paths (see <see cref="SamePaths"/>), find
    /// them as it does.
    /// </summary>
    internal void SharePaths(RenderedSite site) => site.SharePaths(_previous);

    /// <summary>What the previous render's page at <paramref name="path"/> read, if there was one.</summary>
    internal PageDependencies? Before(string path) => _previous.Page(path)?.Dependencies;

    /// <summary>The previous render's page at <paramref name="path"/>, if it can be kept as it is.</summary>
    internal RenderedPage? Reuse(string path) =>
        _previous.Page(path) is { Dependencies: { } dependencies } page
        && (_readers is { } readers && !readers.Contains(path) || !_isStale(dependencies)) ? page : null;

    /// <summary>
    /// What notes the pages that read each entry, for this render and the next: a new one for a render of everything,
    /// else the previous render's, which holds what the pages kept from it read. A new one for a render that keeps
    /// pages would lack their reads, and a later rebuild would keep pages it must render again.
    /// </summary>
    internal PageReaders? ReadersToNote() => ReferenceEquals(this, Everything) ? new PageReaders() : _previous.Readers;
}
