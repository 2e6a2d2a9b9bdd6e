using ForeignAffairs.Configuration;

namespace ForeignAffairs.Content;

/// <summary>A validated site: the result of the validation stage.</summary>
internal sealed class Site
{
    private readonly Dictionary<EntryKey, Entry> _byKey;
    private readonly Dictionary<EntryKey, IReadOnlyList<Entry>> _referrers;
    private readonly Dictionary<Collection, IReadOnlyList<Entry>> _byCollection;
    // Names this site to the sites made from it by With; it holds nothing, so that a preview's chain of rebuilds keeps
    // no old site.
    private readonly object _identity = new();
    private readonly (object Before, IReadOnlyList<Entry> Entries)? _replaced;

    /// <summary>Creates a site from its settings and entries; the entries are put in presentation order.</summary>
    public Site(string root, SiteConfig config, IEnumerable<Entry> entries, IReadOnlyList<EntryKey>? drafts = null)
    {
        Drafts = drafts ?? [];
        Root = root;
        Config = config;
        var collectionOrder = Collection.All.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        Entries = entries.OrderBy(e => collectionOrder[e.Key.Collection])
            .ThenBy(e => e.Weight)
            .ThenByDescending(e => e.Date)
            .ThenBy(e => e.Key.Slug, StringComparer.Ordinal)
            .ToArray();
        _byKey = Entries.ToDictionary(e => e.Key);
        _byCollection = Collection.All.ToDictionary(c => c,
            c => (IReadOnlyList<Entry>)Entries.Where(e => e.Key.Collection == c).ToArray());
        _referrers = Entries
            .SelectMany(e => e.References.Select(target => (Target: target, Source: e)))
            .GroupBy(p => p.Target)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Entry>)g.Select(p => p.Source).ToArray());
    }

    /// <summary>
    /// This site with <paramref name="entries"/> in place of its own, when they differ from them in content alone: the
    /// same keys, weights, dates and references give the same order and indexes, so only the places of the entries that
    /// are new objects change (a preview's rebuild after an edit of one text). Null when they differ in more.
    /// </summary>
    internal Site? With(SiteConfig config, IReadOnlyList<Entry?> entries)
    {
        if (entries.Count != Entries.Count) return null;
        var replaced = new Dictionary<EntryKey, Entry>();
        foreach (var entry in entries)
        {
            if (entry is null || !_byKey.TryGetValue(entry.Key, out var before)) return null;
            if (ReferenceEquals(entry, before)) continue;
            var sameOrder = entry.Weight == before.Weight && entry.Date == before.Date;
            if (!sameOrder || !entry.References.SequenceEqual(before.References)) return null;
            replaced[entry.Key] = entry;
        }
        return new Site(this, config, replaced);
    }

    private Site(Site before, SiteConfig config, Dictionary<EntryKey, Entry> replaced)
    {
        (Drafts, Root, Config) = (before.Drafts, before.Root, config);
        _replaced = (before._identity, replaced.Values.ToArray());
        Entries = Patched(before.Entries, replaced);
        _byKey = replaced.Count == 0 ? before._byKey : new Dictionary<EntryKey, Entry>(before._byKey);
        foreach (var (key, entry) in replaced) _byKey[key] = entry;
        var collections = replaced.Keys.Select(k => k.Collection).ToHashSet();
        _byCollection = before._byCollection.ToDictionary(p => p.Key,
            p => collections.Contains(p.Key) ? Patched(p.Value, replaced) : p.Value);
        _referrers = replaced.Count == 0 ? before._referrers
            : new Dictionary<EntryKey, IReadOnlyList<Entry>>(before._referrers);
        foreach (var target in replaced.Values.SelectMany(e => e.References).Distinct())
            _referrers[target] = Patched(before._referrers[target], replaced);
    }

    // A copy of entries with the replaced ones in their places; the list itself when none of them is in it.
    private static IReadOnlyList<Entry> Patched(IReadOnlyList<Entry> entries, Dictionary<EntryKey, Entry> replaced)
    {
        Entry[]? copy = null;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!replaced.TryGetValue(entries[i].Key, out var entry)) continue;
            copy ??= [.. entries];
            copy[i] = entry;
        }
        return copy ?? entries;
    }

    /// <summary>
    /// The entries that are other objects than in <paramref name="before"/> when this site was made from it by
    /// <see cref="With"/>: every other entry is the same object. Null when only comparing each entry would tell.
    /// </summary>
    internal IReadOnlyList<Entry>? ReplacedSince(Site before) =>
        _replaced is { } replaced && ReferenceEquals(replaced.Before, before._identity) ? replaced.Entries : null;

    /// <summary>The entries that are drafts, which are checked but not published, in key order.</summary>
    public IReadOnlyList<EntryKey> Drafts { get; }

    /// <summary>The full path of the site folder.</summary>
    public string Root { get; }

    /// <summary>The site settings.</summary>
    public SiteConfig Config { get; }

    /// <summary>Every entry: by collection, then weight, then newest first, then slug.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The entry with this key, if it exists.</summary>
    public Entry? Find(EntryKey key) => _byKey.GetValueOrDefault(key);

    /// <summary>The entries of one collection, in presentation order.</summary>
    public IReadOnlyList<Entry> In(Collection collection) => _byCollection.GetValueOrDefault(collection) ?? [];

    /// <summary>The entries whose fields refer to <paramref name="key"/>, in presentation order.</summary>
    public IReadOnlyList<Entry> ReferencesTo(EntryKey key) => _referrers.GetValueOrDefault(key) ?? [];
}
