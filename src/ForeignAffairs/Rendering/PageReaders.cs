using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The pages that read each entry, so that a rebuild whose changes reach a few entries asks only those pages whether they
/// are stale, not every page of the site (30,000 of them on a large portal). It only grows: a page rendered again adds what it
/// reads now and keeps what it read before, so it holds at least what each page of every render since the first reads.
/// </summary>
internal sealed class PageReaders
{
    private readonly Dictionary<EntryKey, HashSet<string>> _pages = [];

    /// <summary>Notes what the pages in <paramref name="rendered"/> read; pages that note nothing are left out.</summary>
    public void Note(IEnumerable<RenderedPage> rendered)
    {
        foreach (var page in rendered)
        {
            if (page.Dependencies is not { } dependencies) continue;
            // A template reads several members of an entry in a row (a table row its title, url and fields), and the reads are
            // listed in that order, since none is ever removed: each entry is noted once per run of its reads, not once per member.
            EntryKey? last = null;
            foreach (var (entry, _) in dependencies.Fields)
            {
                if (ReferenceEquals(entry, last)) continue;
                last = entry;
                if (!_pages.TryGetValue(entry, out var paths)) _pages[entry] = paths = new HashSet<string>(StringComparer.Ordinal);
                paths.Add(page.Path);
            }
        }
    }

    /// <summary>The paths of the pages that read any of <paramref name="entries"/>.</summary>
    public IReadOnlySet<string> Of(IEnumerable<EntryKey> entries)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (_pages.TryGetValue(entry, out var readers)) paths.UnionWith(readers);
        return paths;
    }
}
