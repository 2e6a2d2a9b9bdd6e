using System.Runtime.CompilerServices;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Validation;

/// <summary>
/// What the last validation found in each entry, for the preview: an entry is checked against the site settings and the
/// set of entries (references and links must lead to one), so its result holds while the entry was read from the same
/// files (the same <see cref="EntrySource"/>, which <see cref="LoadedFolders"/> gives back) and neither the settings
/// nor the set of entries, drafts and misnamed folders changed.
/// </summary>
internal sealed class CheckedEntries
{
    private ConditionalWeakTable<EntrySource, Checked> _entries = [];
    private (string Settings, HashSet<EntryKey> Keys, HashSet<EntryKey> Drafts, HashSet<EntryKey> Misnamed)? _context;
    private Site? _site;

    /// <summary>
    /// An entry's result: the entry, or null when it has errors or is a draft, and what was reported about it.
    /// </summary>
    internal sealed record Checked(Entry? Entry, DiagnosticBag Diagnostics);

    /// <summary>Starts a validation; results of another context are forgotten.</summary>
    internal void Start(string settings, IReadOnlySet<EntryKey> keys, IReadOnlySet<EntryKey> drafts,
        IReadOnlySet<EntryKey> misnamed)
    {
        var same = _context is { } last && last.Settings == settings && last.Keys.SetEquals(keys)
            && last.Drafts.SetEquals(drafts)
            && last.Misnamed.SetEquals(misnamed);
        if (same) return;
        _entries = [];
        _site = null;
        _context = (settings, [.. keys], [.. drafts], [.. misnamed]);
    }

    internal Checked? Find(EntrySource entry) => _entries.TryGetValue(entry, out var result) ? result : null;

    internal void Keep(EntrySource entry, Checked result) => _entries.AddOrUpdate(entry, result);

    /// <summary>
    /// The site of <paramref name="entries"/> (null where an entry has errors or is a draft): the last one validated in
    /// the same context with the entries that are new objects put in place, when they changed in content alone, else a
    /// new one.
    /// </summary>
    internal Site Site(string root, SiteConfig config, IReadOnlyList<Entry?> entries, IReadOnlyList<EntryKey> drafts) =>
        _site = _site?.Root == root && _site.With(config, entries) is { } updated
            ? updated
            : new Site(root, config, entries.OfType<Entry>(), drafts);
}
