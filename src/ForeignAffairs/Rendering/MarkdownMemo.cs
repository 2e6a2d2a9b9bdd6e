using System.Collections.Concurrent;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Markdown already rendered, kept from one build of a live site to the next: most texts do not change between two
/// saves, and rendering every text in every language is most of the cost of preparing a rebuild. An entry's HTML
/// depends on its text, its files (the names, and the content of its images, whose addresses hold it) and the page
/// language, and on the site's entries and settings, which every rebuild compares first: a memo is only used with the
/// entries and settings it was filled with.
/// </summary>
internal sealed class MarkdownMemo
{
    private readonly ConcurrentDictionary<
        (EntryKey Entry, string Text, string Page),
        (string Markdown, string Files, RenderedText Html)> _html = new();

    // The texts whose rendering reported problems, which a build that does not render them again reports all the same.
    private readonly ConcurrentDictionary<(EntryKey Entry, string Text, string Page), RenderedText> _problems = new();
    // The site whose texts were last prepared.
    private Site? _prepared;

    /// <summary>
    /// The entries of <paramref name="site"/> whose texts must be prepared: those that are other objects than in the
    /// site last prepared, when <paramref name="site"/> was updated from it, else all. The others' texts are here
    /// already, and what rendering them reported goes to <paramref name="diagnostics"/> again, as a build that renders
    /// them reports it.
    /// </summary>
    internal IReadOnlyList<Entry> ToPrepare(Site site, DiagnosticBag diagnostics)
    {
        var replaced = _prepared is null ? null : site.ReplacedSince(_prepared);
        _prepared = site;
        if (replaced is null)
        {
            _problems.Clear();
            return site.Entries;
        }
        // Preparing an entry reports its problems anew: what its texts reported before no longer counts.
        var keys = replaced.Select(e => e.Key).ToHashSet();
        foreach (var (text, rendered) in _problems)
        {
            if (keys.Contains(text.Entry)) _problems.TryRemove(text, out _);
            else foreach (var problem in rendered.Problems) diagnostics.Add(problem);
        }
        return replaced;
    }

    /// <summary>
    /// The HTML of <paramref name="text"/> of <paramref name="entry"/> on a page in <paramref name="pageLanguage"/>,
    /// rendered now unless its Markdown and the entry's <paramref name="files"/> (as <see cref="MarkdownRenderer"/>
    /// describes them) are those it was rendered with.
    /// </summary>
    internal RenderedText GetOrRender(Entry entry, EntryText text, string pageLanguage, string files,
        Func<Entry, EntryText, string, RenderedText> render)
    {
        var key = (entry.Key, text.Language, pageLanguage);
        if (!_html.TryGetValue(key, out var known) || known.Markdown != text.Markdown || known.Files != files)
        {
            known = (text.Markdown, files, render(entry, text, pageLanguage));
            _html[key] = known;
        }
        if (known.Html.Problems.Count > 0) _problems[key] = known.Html;
        return known.Html;
    }
}
