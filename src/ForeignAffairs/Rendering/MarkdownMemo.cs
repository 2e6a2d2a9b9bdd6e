using System.Collections.Concurrent;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Markdown already rendered, kept from one build of a live site to the next: most texts do not change between two saves,
/// and rendering every text in every language is most of the cost of preparing a rebuild. An entry's HTML depends on its
/// text, its files and the page language, and on the site's entries and settings, which every rebuild compares first:
/// a memo is only used with the entries and settings it was filled with.
/// </summary>
public sealed class MarkdownMemo
{
    private readonly ConcurrentDictionary<
        (EntryKey Entry, string Text, string Page),
        (string Markdown, IReadOnlyList<string> Resources, RenderedText Html)> _html = new();

    // The texts whose rendering reported problems, which a build that does not render them again reports all the same.
    private readonly ConcurrentDictionary<(EntryKey Entry, string Text, string Page), RenderedText> _problems = new();
    // The site whose texts were last prepared.
    private Site? _prepared;

    /// <summary>
    /// The entries of <paramref name="site"/> whose texts must be prepared: those that are other objects than in the site
    /// last prepared, when <paramref name="site"/> was updated from it, else all. The others' texts are here already.
    /// </summary>
    internal IReadOnlyList<Entry> ToPrepare(Site site)
    {
        var replaced = _prepared is null ? null : site.ReplacedSince(_prepared);
        _prepared = site;
        // Preparing them reports their problems anew: what their texts reported before no longer counts.
        var keys = (replaced ?? site.Entries).Select(e => e.Key).ToHashSet();
        foreach (var text in _problems.Keys.Where(k => keys.Contains(k.Entry))) _problems.TryRemove(text, out _);
        return replaced ?? site.Entries;
    }

    /// <summary>What rendering the texts of entries other than <paramref name="prepared"/> reported.</summary>
    internal IEnumerable<Diagnostic> ProblemsBesides(IReadOnlyList<Entry> prepared)
    {
        var keys = prepared.Select(e => e.Key).ToHashSet();
        return _problems.Where(p => !keys.Contains(p.Key.Entry)).SelectMany(p => p.Value.Problems);
    }

    internal RenderedText GetOrRender(Entry entry, EntryText text, string pageLanguage, Func<Entry, EntryText, string, RenderedText> render)
    {
        var key = (entry.Key, text.Language, pageLanguage);
        var html = _html.TryGetValue(key, out var known) && known.Markdown == text.Markdown
            && known.Resources.SequenceEqual(entry.Resources, StringComparer.Ordinal)
                ? known.Html
                : render(entry, text, pageLanguage);
        if (!ReferenceEquals(html, known.Html)) _html[key] = (text.Markdown, entry.Resources, html);
        if (html.Problems.Count > 0) _problems[key] = html;
        return html;
    }
}
