using System.Collections.Concurrent;
using ForeignAffairs.Content;

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

    internal RenderedText GetOrRender(Entry entry, EntryText text, string pageLanguage, Func<Entry, EntryText, string, RenderedText> render)
    {
        var key = (entry.Key, text.Language, pageLanguage);
        if (_html.TryGetValue(key, out var known) && known.Markdown == text.Markdown
            && known.Resources.SequenceEqual(entry.Resources, StringComparer.Ordinal))
            return known.Html;
        var html = render(entry, text, pageLanguage);
        _html[key] = (text.Markdown, entry.Resources, html);
        return html;
    }
}
