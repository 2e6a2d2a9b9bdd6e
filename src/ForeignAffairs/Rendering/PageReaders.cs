using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The pages that read each entry, so that a rebuild whose changes reach a few entries asks only those pages whether
/// they are stale, not every page of the site (30,000 of them on a large portal). It only grows: a page rendered again
/// adds what it reads now and keeps what it read before, so it holds at least what each page of every render since the
/// first reads.
/// </summary>
internal sealed class PageReaders
{
    // Pages by number, so that the list of 10,000 projects notes a number, not its path, for each entry its rows name.
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _paths = [];
    private readonly Dictionary<EntryKey, HashSet<int>> _pages = [];

    /// <summary>
    /// Notes what the pages in <paramref name="rendered"/> read, themselves and through the cached partials they
    /// include; pages that note nothing are left out. <paramref name="before"/> gives, by path, what each page read
    /// when it was last rendered, which this index noted then: a page rendered again after a small edit reads what it
    /// read before but for a row or two, and only the difference is noted.
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
            if (last is null || !dependencies.Entries.SequenceEqual(last.Entries)) Add(dependencies.Entries, number);
            var (included, lastIncluded) = (dependencies.Included, last?.Included ?? []);
            for (var i = 0; i < included.Count; i++)
                if (i >= lastIncluded.Count || !ReferenceEquals(included[i], lastIncluded[i]))
                    included[i].ForEachPart(part => Add(part.Entries, number));
        }
    }

    private void Add(ReadOnlySpan<EntryKey> entries, int page)
    {
        foreach (var entry in entries)
        {
            if (!_pages.TryGetValue(entry, out var pages)) _pages[entry] = pages = [];
            pages.Add(page);
        }
    }

    /// <summary>The paths of the pages that read any of <paramref name="entries"/>.</summary>
    public IReadOnlySet<string> Of(IEnumerable<EntryKey> entries)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (_pages.TryGetValue(entry, out var readers))
                foreach (var number in readers) paths.Add(_paths[number]);
        return paths;
    }
}
