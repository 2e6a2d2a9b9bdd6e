using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Incremental;

/// <summary>
/// What changed between two loads of a site, in the terms pages depend on: entries, the <c>related</c> lists of the entries
/// they refer to, whole collections, and templates. Some changes reach every page: the settings, the UI strings, the set of
/// templates, entries or translations.
/// </summary>
public sealed class SiteChanges
{
    private SiteChanges(string? everything, IReadOnlySet<EntryKey> entries, IReadOnlySet<EntryKey> related,
        IReadOnlySet<Collection> collections, IReadOnlySet<string> templates)
    {
        Everything = everything;
        Entries = entries;
        Related = related;
        Collections = collections;
        Templates = templates;
    }

    /// <summary>Why every page must be rendered again, or null when only some pages must.</summary>
    public string? Everything { get; }

    /// <summary>The entries whose content changed.</summary>
    public IReadOnlySet<EntryKey> Entries { get; }

    /// <summary>The entries whose list of referring entries may have changed, because an entry referring to them changed.</summary>
    public IReadOnlySet<EntryKey> Related { get; }

    /// <summary>The collections with a changed entry, whose lists may show other entries or another order.</summary>
    public IReadOnlySet<Collection> Collections { get; }

    /// <summary>The templates whose text changed, by name.</summary>
    public IReadOnlySet<string> Templates { get; }

    /// <summary>Whether a page made from <paramref name="page"/> must be rendered again.</summary>
    public bool Touches(PageDependencies page) =>
        Everything is not null
        || page.Templates.Overlaps(Templates)
        || page.Collections.Overlaps(Collections)
        || page.Fields.Any(f => Entries.Contains(f.Entry) || (f.Field == "related" && Related.Contains(f.Entry)));

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>, rendered with the themes given and with or without search pages.</summary>
    public static SiteChanges Between(Site before, Theme beforeTheme, bool beforeSearch, Site after, Theme afterTheme, bool afterSearch)
    {
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var everything = Reason(before, beforeTheme, beforeSearch, after, afterTheme, afterSearch, templates);
        var entries = new HashSet<EntryKey>();
        var related = new HashSet<EntryKey>();
        if (everything is null)
        {
            foreach (var entry in after.Entries)
            {
                var previous = before.Find(entry.Key)!;
                if (EntryComparison.Same(previous, entry)) continue;
                entries.Add(entry.Key);
                related.UnionWith(previous.References.Concat(entry.References));
            }
        }
        return new SiteChanges(everything, entries, related, entries.Select(e => e.Collection).ToHashSet(), templates);
    }

    // Changes that reach every page; the templates that changed are added to templates.
    private static string? Reason(Site before, Theme beforeTheme, bool beforeSearch, Site after, Theme afterTheme, bool afterSearch, HashSet<string> templates)
    {
        if (before.Config.Source != after.Config.Source || before.Config.BaseUrl != after.Config.BaseUrl) return "the site settings changed";
        if (beforeSearch != afterSearch) return "search was turned on or off";
        if (beforeTheme.Folder != afterTheme.Folder || !beforeTheme.Sources.Keys.SequenceEqual(afterTheme.Sources.Keys, StringComparer.Ordinal))
            return "templates or UI strings were added or removed";
        foreach (var file in afterTheme.Sources.Where(s => beforeTheme.Sources[s.Key] != s.Value).Select(s => s.Key))
        {
            if (!file.StartsWith("layouts/", StringComparison.Ordinal)) return "the UI strings changed";
            templates.Add(file["layouts/".Length..^".html".Length]);
        }
        if (!before.Entries.Select(e => e.Key).Order().SequenceEqual(after.Entries.Select(e => e.Key).Order()))
            return "entries were added or removed";
        var languages = after.Config.LanguageCodes;
        if (after.Entries.Any(e => !languages.Where(e.IsWrittenIn).SequenceEqual(languages.Where(before.Find(e.Key)!.IsWrittenIn))))
            return "a translation was added or removed";
        return null;
    }
}
