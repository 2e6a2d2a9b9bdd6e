using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Incremental;

/// <summary>
/// What changed between two loads of a site, in the terms pages depend on: the members of entries' template views
/// (their title, fields, content, the <c>related</c> lists of the entries that others refer to), the listings of
/// collections (which entries, in which order), and templates. Some changes reach every page: the settings, the UI
/// strings, the set of templates, of entries or of translations.
/// </summary>
internal sealed class SiteChanges
{
    private const string Related = "related";

    // The entries changed and those with a changed member: no read of any other entry is a change.
    private readonly HashSet<EntryKey> _changedEntries;
    private readonly Func<PageDependencies, bool> _touchesPart;

    private SiteChanges(string? everything, IReadOnlySet<EntryKey> entries, IReadOnlySet<(EntryKey, string)> members,
        IReadOnlySet<Collection> collections, IReadOnlySet<string> templates)
    {
        Everything = everything;
        Entries = entries;
        Members = members;
        Collections = collections;
        Templates = templates;
        _changedEntries = [.. entries, .. members.Select(m => m.Item1)];
        _touchesPart = TouchesPart;
    }

    /// <summary>Why every page must be rendered again, or null when only some pages must.</summary>
    public string? Everything { get; }

    /// <summary>The entries whose own content changed.</summary>
    public IReadOnlySet<EntryKey> Entries { get; }

    /// <summary>The members of entries' views that changed, <c>related</c> included.</summary>
    public IReadOnlySet<(EntryKey Entry, string Member)> Members { get; }

    /// <summary>
    /// The collections whose listing changed: other entries, another order, or (for projects) other facets of the
    /// explorer.
    /// </summary>
    public IReadOnlySet<Collection> Collections { get; }

    /// <summary>The templates whose text changed, by name.</summary>
    public IReadOnlySet<string> Templates { get; }

    /// <summary>
    /// The entries whose reads alone decide what is stale: those changed and those with a changed member. Null when a
    /// template or a listing changed, or everything did, which reaches what read no entry at all.
    /// </summary>
    public IReadOnlyCollection<EntryKey>? Reach => Everything is null && Templates.Count == 0 && Collections.Count == 0
        ? _changedEntries
        : null;

    /// <summary>Whether a page made from <paramref name="page"/> must be rendered again.</summary>
    public bool Touches(PageDependencies page) => Everything is not null || page.AnyPart(_touchesPart);

    // Asked of each of the 10,000 rows a list of projects includes: what no change can reach is not looked at.
    private bool TouchesPart(PageDependencies part) =>
        Templates.Count > 0 && part.Templates.Overlaps(Templates)
        || Collections.Count > 0 && part.Collections.Overlaps(Collections)
        || ReadsChangedEntry(part)
            && (part.Fields.Count <= Entries.Count + Members.Count ? AnyChanged(part.Fields) : ChangeRead(part.Fields));

    // A part whose entries all stayed as they were cannot have read a change: most rows of a long table are ruled out
    // by the three or four entries each names, without a look at each field it read.
    private bool ReadsChangedEntry(PageDependencies part)
    {
        foreach (var entry in part.Entries)
            if (_changedEntries.Contains(entry)) return true;
        return false;
    }

    // Asked of every page a rebuild may keep: a plain loop, without a delegate made per page.
    private bool AnyChanged(IReadOnlySet<(EntryKey Entry, string Field)> reads)
    {
        foreach (var read in reads)
            if (Changed(read)) return true;
        return false;
    }

    // A page depends on the whole of an entry when its own content or the list of what refers to it changed.
    private bool Changed((EntryKey Entry, string Field) read) => read.Field == PageDependencies.Whole
        ? Entries.Contains(read.Entry) || Members.Contains((read.Entry, Related))
        : Members.Contains(read);

    // The same question asked from the side of the changes: a rebuild changes a few members, and a list page reads
    // thousands.
    private bool ChangeRead(IReadOnlySet<(EntryKey Entry, string Field)> reads) =>
        Entries.Any(entry => reads.Contains((entry, PageDependencies.Whole)))
        || Members.Any(member => reads.Contains(member) && member.Member != PageDependencies.Whole
            || member.Member == Related && reads.Contains((member.Entry, PageDependencies.Whole)));

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/>, rendered with the themes given and with
    /// or without search pages.
    /// </summary>
    public static SiteChanges Between(Site before, Theme beforeTheme, bool beforeSearch, Site after, Theme afterTheme,
        bool afterSearch)
    {
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var everything = Reason(before, beforeTheme, beforeSearch, after, afterTheme, afterSearch, templates);
        var entries = new HashSet<EntryKey>();
        var members = new HashSet<(EntryKey, string)>();
        var collections = new HashSet<Collection>();
        if (everything is null)
        {
            foreach (var entry in after.ReplacedSince(before) ?? after.Entries)
            {
                var previous = before.Find(entry.Key)!;
                // An entry whose files were not read again is the same object as before.
                if (ReferenceEquals(previous, entry)) continue;
                var changed = EntryComparison.ChangedMembers(previous, entry);
                if (changed.Count == 0) continue;
                entries.Add(entry.Key);
                members.UnionWith(changed.Select(m => (entry.Key, m)));
                // Lists are ordered by weight and date; the entries referred to list their referrers in the same order.
                var reordered = previous.Weight != entry.Weight || previous.Date != entry.Date;
                if (reordered) collections.Add(entry.Key.Collection);
                if (reordered || !previous.References.SequenceEqual(entry.References))
                    members.UnionWith(previous.References.Union(entry.References).Select(r => (r, Related)));
                if (AffectsExplorer(previous, entry)) collections.Add(Collection.Projects);
                if (AffectsDirectory(previous, entry)) collections.Add(Collection.Parks);
                // Events are split into those to come and those past, and ordered, by their whole time (and an example
                // is left out of the calendars), not by the start day alone.
                if (entry.Key.Collection == Collection.Events
                    && !(EntryComparison.SameField(previous, entry, "when")
                        && EntryComparison.SameField(previous, entry, "example")))
                    collections.Add(Collection.Events);
            }
        }
        return new SiteChanges(everything, entries, members, collections, templates);
    }

    // The explorer's facets come from each project's province, sectors, status and whether it is an example, and name
    // the provinces and sectors.
    private static bool AffectsExplorer(Entry before, Entry after) =>
        AffectsFacets(before, after, Collection.Projects, ProjectGroups.Fields);

    // The parks directory's views come from each park's kind, province, sectors and tenants' countries, and name the
    // provinces and sectors; its land filter offers what the parks' areas and rents give.
    private static bool AffectsDirectory(Entry before, Entry after) =>
        AffectsFacets(before, after, Collection.Parks, [.. ParkFacets.Fields, .. ParkLandFilter.Fields]);

    private static bool AffectsFacets(Entry before, Entry after, Collection listed, IReadOnlyList<string> facets) =>
        after.Key.Collection == listed ? facets.Any(f => !EntryComparison.SameField(before, after, f))
        : (after.Key.Collection == Collection.Sectors || after.Key.Collection == Collection.Provinces)
            && !EntryComparison.SameTitle(before, after);

    // Changes that reach every page; the templates that changed are added to templates.
    private static string? Reason(Site before, Theme beforeTheme, bool beforeSearch, Site after, Theme afterTheme,
        bool afterSearch, HashSet<string> templates)
    {
        if (before.Config.Source != after.Config.Source || before.Config.BaseUrl != after.Config.BaseUrl)
            return "the site settings changed";
        // Which events are past, and the calendars' stamps, follow the day of the build.
        if (before.Config.Today != after.Config.Today) return "the day changed";
        if (beforeSearch != afterSearch) return "search was turned on or off";
        if (beforeTheme.Folder != afterTheme.Folder
            || !beforeTheme.Sources.Keys.SequenceEqual(afterTheme.Sources.Keys, StringComparer.Ordinal))
            return "templates or UI strings were added or removed";
        foreach (var file in afterTheme.Sources.Where(s => beforeTheme.Sources[s.Key] != s.Value).Select(s => s.Key))
        {
            if (!file.StartsWith("layouts/", StringComparison.Ordinal)) return "the UI strings changed";
            templates.Add(file["layouts/".Length..^".html".Length]);
        }
        // Keys are unique, so the same number of entries, each found before, are the same entries. A site updated from
        // the one before holds the same keys, and only the entries it replaced are other objects.
        var replaced = after.ReplacedSince(before);
        if (replaced is null
            && (before.Entries.Count != after.Entries.Count || after.Entries.Any(e => before.Find(e.Key) is null)))
            return "entries were added or removed";
        var languages = after.Config.LanguageCodes;
        // An entry whose files were not read again is the same object as before, with the same translations.
        if ((replaced ?? after.Entries).Any(e => before.Find(e.Key) is var old && !ReferenceEquals(old, e)
                && !languages.Where(e.IsWrittenIn)
                    .SequenceEqual(languages.Where(old!.IsWrittenIn), StringComparer.Ordinal)))
            return "a translation was added or removed";
        return null;
    }
}
