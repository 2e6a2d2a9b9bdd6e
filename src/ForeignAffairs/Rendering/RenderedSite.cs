namespace ForeignAffairs.Rendering;

/// <summary>The result of the render stage: every page and every file to copy, each in path order.</summary>
/// <param name="Pages">The rendered pages.</param>
/// <param name="Files">The files to copy.</param>
internal sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<CopiedFile> Files)
{
    /// <summary>The number of pages in each language, in site order.</summary>
    public IReadOnlyList<(string Language, int Pages)> PagesPerLanguage(IEnumerable<string> languages) =>
        languages.Select(l => (l, Pages.Count(p => p.Language == l))).ToArray();

    // Where each page is, by path: made when a rebuild first asks for a page. It asks for each, and the paths of a
    // large site share long beginnings (en/projects/p-0), which a search in path order compares again and again. Made
    // again after a with of other pages; made once however many threads ask at first; shared by a render whose pages
    // are at the same paths.
    private Dictionary<string, int>? _positions;
    private readonly Lock _indexing = new();

    /// <summary>The rendered pages, in path order.</summary>
    public IReadOnlyList<RenderedPage> Pages
        { get; init { field = value; _positions = null; Readers = null; } } = Pages;

    /// <summary>
    /// The pages that read each entry, when the pages note what they read: shared with the renders before and after,
    /// since it holds what each of their pages reads too.
    /// </summary>
    internal PageReaders? Readers { get; init; }

    /// <summary>The page published as <paramref name="path"/>, if there is one.</summary>
    internal RenderedPage? Page(string path) => Positions().TryGetValue(path, out var at) ? Pages[at] : null;

    private Dictionary<string, int> Positions()
    {
        var positions = Volatile.Read(ref _positions);
        if (positions is not null) return positions;
        lock (_indexing)
            return _positions ??= Enumerable.Range(0, Pages.Count)
                .ToDictionary(i => Pages[i].Path, StringComparer.Ordinal);
    }

    /// <summary>
    /// Notes that this render's pages are at exactly the paths of <paramref name="other"/>'s, in the same order, so
    /// that it finds them by path as <paramref name="other"/> does: a rebuild that keeps the paths does not index
    /// 30,000 of them anew.
    /// </summary>
    internal void SharePaths(RenderedSite other) => _positions = other.Positions();

    /// <summary>
    /// How this render differs from <paramref name="before"/>. Both are in path order, and a page kept from the render
    /// before is the same object, so one walk finds the difference without comparing the pages that stayed.
    /// </summary>
    internal RenderedChange Since(RenderedSite before)
    {
        var (anew, gone, differ) = (new List<RenderedPage>(), new List<string>(), new List<RenderedPage>());
        var (old, now) = (before.Pages, Pages);
        var (i, j) = (0, 0);
        while (i < old.Count || j < now.Count)
        {
            if (i < old.Count && j < now.Count && ReferenceEquals(old[i], now[j]))
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }
            var order = i == old.Count ? 1 : j == now.Count ? -1 : string.CompareOrdinal(old[i].Path, now[j].Path);
            if (order < 0) gone.Add(old[i++].Path);
            else
            {
                // The HTML is compared here, once, where the page before is at hand: by digest, since the preview
                // lets go of a page's HTML once it is published.
                if (order != 0 || old[i++].Digest != now[j].Digest) differ.Add(now[j]);
                anew.Add(now[j++]);
            }
        }
        return new RenderedChange(anew, gone, differ);
    }
}
