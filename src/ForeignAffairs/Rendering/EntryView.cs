using ForeignAffairs.Content;
using Scriban;
using Scriban.Runtime;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What templates see of one entry. Every field a template reads is noted on the page being rendered, so that a rebuild
/// knows which pages to render again when the entry changes.
/// </summary>
internal sealed class EntryView(EntryKey key) : SharedObject(Members)
{
    // What EntryViews fills in each view: collection, slug, key, title and summary with their languages, url,
    // permalink, date, is_translated, content_lang, content, has_content, fields, resources, images and related.
    private const int Members = 18;

    /// <summary>The entry seen.</summary>
    public EntryKey Key { get; } = key;

    /// <summary>
    /// The entry as a key of <c>include_cached</c>, made once: a table asks it for each row on each page.
    /// </summary>
    public string CacheKey => field ??= $"entry:{Key}";

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        (context as HtmlTemplateContext)?.Dependencies?.Read(Key, member);
        return base.TryGetValue(context, span, member, out value);
    }
}
