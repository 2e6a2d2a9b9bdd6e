using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The pages that read each entry, so that a rebuild whose changes reach a few entries asks only those pages whether they
/// are stale, not every page of the site (30,000 of them on a large portal). It only grows: a page rendered again adds what it
/// reads now and keeps what it read before, so it holds at least what each page of every render since the first reads.
/// </summary>
internal sealed class PageReaders
{
    // Pages by number, so that each entry and cached partial notes numbers, not paths.
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _paths = [];
    // What pages read themselves, by entry.
    private readonly Dictionary<EntryKey, HashSet<int>> _pages = [];
    // What cached partials read, by entry, and the pages that include each partial. A row of a table of 10,000 projects is
    // noted once, and each page that includes it notes the row, not the three or four entries the row names.
    private readonly Dictionary<EntryKey, List<PageDependencies>> _partials = [];
    private readonly Dictionary<PageDependencies, HashSet<int>> _includers = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Notes what the pages in <paramref name="rendered"/> read; pages that note nothing are left out. What a page read when
    /// it was rendered last (<paramref name="before"/>, by path) is noted already: a page rendered again after a small edit
    /// reads what it read before, less a row or two, and only the difference is noted.
    /// </summary>
    public void Note(IEnumerable<RenderedPage> rendered, Func<string, PageDependencies?>? before = null)
    {
        foreach (var page in rendered)
        {
            if (page.Dependencies is not { } dependencies) continue;
            if (!_numbers.TryGetValue(page.Path, out var number))
            {
                _numbers[page.Path] = number = _paths.Count;
                _paths.Add(page.Path);
            }
            var last = before?.Invoke(page.Path);
            if (last is null || !dependencies.Entries.SequenceEqual(last.Entries))
                foreach (var entry in dependencies.Entries) Add(_pages, entry, number);
            var included = dependencies.Included;
            var lastIncluded = last?.Included ?? [];
            for (var i = 0; i < included.Count; i++)
                if (i >= lastIncluded.Count || !ReferenceEquals(included[i], lastIncluded[i])) NoteIncluded(included[i], number);
        }
    }

    private void NoteIncluded(PageDependencies partial, int page)
    {
        if (!_includers.TryGetValue(partial, out var pages))
        {
            _includers[partial] = pages = [];
            foreach (var entry in partial.Entries)
            {
                if (!_partials.TryGetValue(entry, out var partials)) _partials[entry] = partials = [];
                partials.Add(partial);
            }
            // A partial that includes others reads what they read: its pages are theirs too.
            foreach (var inner in partial.Included) NoteIncluded(inner, page);
        }
        else if (partial.Included.Count > 0)
            foreach (var inner in partial.Included) NoteIncluded(inner, page);
        pages.Add(page);
    }

    /// <summary>The paths of the pages that read any of <paramref name="entries"/>.</summary>
    public IReadOnlySet<string> Of(IEnumerable<EntryKey> entries)
    {
        var numbers = new HashSet<int>();
        foreach (var entry in entries)
        {
            if (_pages.TryGetValue(entry, out var readers)) numbers.UnionWith(readers);
            if (_partials.TryGetValue(entry, out var partials))
                foreach (var partial in partials) numbers.UnionWith(_includers[partial]);
        }
        return numbers.Select(n => _paths[n]).ToHashSet(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<EntryKey, HashSet<int>> index, EntryKey entry, int page)
    {
        if (!index.TryGetValue(entry, out var pages)) index[entry] = pages = [];
        pages.Add(page);
    }
}
