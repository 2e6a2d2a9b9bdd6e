using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Imaging;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Turns an entry's Markdown into HTML for one page language, with every link pointed where <see cref="LinkResolver"/>
/// says. Raw HTML is cleaned by <see cref="RawHtmlPolicy"/>. Each text is parsed once per page language; where it is
/// rendered for its own language (once, whichever pages show it), its broken links and removed raw HTML are reported
/// too, so that validation need not parse it again.
/// </summary>
/// <param name="site">The site whose entries links lead to.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="memo">Texts rendered by an earlier build of the same entries and settings, if any.</param>
/// <param name="images">The site's processed images, which a text shows as pictures in several sizes.</param>
internal sealed class MarkdownRenderer(Site site, SiteUrls urls, MarkdownMemo? memo = null, SiteImages? images = null)
{
    private readonly LinkResolver _links =
        new(site.Entries.Select(e => e.Key).ToHashSet(), urls, site.Drafts.ToHashSet());
    private readonly RawHtmlPolicy _rawHtml = new(site.Config.IframeHosts ?? []);
    // Made once: the memo is asked for every text in every language on every rebuild, and nearly always has it.
    private Func<Entry, EntryText, string, RenderedText>? _renderNow;

    /// <summary>The site's processed images.</summary>
    internal SiteImages Images { get; } = images ?? SiteImages.None;

    /// <summary>
    /// Renders <paramref name="text"/> of <paramref name="entry"/> for a page in <paramref name="pageLanguage"/>.
    /// </summary>
    public RawHtml Render(Entry entry, EntryText text, string pageLanguage) => Rendered(entry, text, pageLanguage).Html;

    /// <summary>
    /// The links <paramref name="text"/> of <paramref name="entry"/> puts on a page in <paramref name="pageLanguage"/>.
    /// </summary>
    internal IReadOnlyList<WrittenLink> Links(Entry entry, EntryText text, string pageLanguage) =>
        Rendered(entry, text, pageLanguage).Links;

    /// <summary>
    /// Renders <paramref name="text"/> of <paramref name="entry"/> for a page in <paramref name="pageLanguage"/> ahead
    /// of the pages, and reports its problems to <paramref name="diagnostics"/>; with a memo, again on every build that
    /// uses it.
    /// </summary>
    internal void Prepare(Entry entry, EntryText text, string pageLanguage, DiagnosticBag diagnostics)
    {
        foreach (var problem in Rendered(entry, text, pageLanguage).Problems) diagnostics.Add(problem);
    }

    private RenderedText Rendered(Entry entry, EntryText text, string pageLanguage) =>
        memo is null
            ? RenderNow(entry, text, pageLanguage)
            : memo.GetOrRender(entry, text, pageLanguage, Files(entry), _renderNow ??= RenderNow);

    // What a text's HTML depends on of its entry's files: their names, and the content of its images.
    private string Files(Entry entry) => entry.Resources.Count == 0 ? ""
        : string.Join('\n',
            entry.Resources.Select(r => Images.Find(entry.Key, r) is { } image ? $"{r} {image.Hash}" : r));

    private RenderedText RenderNow(Entry entry, EntryText text, string pageLanguage)
    {
        var problems = pageLanguage == text.Language ? new DiagnosticBag() : null;
        var links = new List<WrittenLink>();
        // A text that cannot be read is reported, and the build stops before any page shows it.
        var html = Html(entry, text, pageLanguage, problems, links) ?? "";
        return new RenderedText(new RawHtml(html), problems?.ToSortedList() ?? [], links);
    }

    private string? Html(Entry entry, EntryText text, string pageLanguage, DiagnosticBag? problems,
        List<WrittenLink> links)
    {
        if (MarkdownSyntax.Parse(text.Markdown, text.Path, text.BodyLine, problems) is not { } document) return null;
        foreach (var link in MarkdownSyntax.Links(document, text.Markdown, text.Path, text.BodyLine))
        {
            var file = link.IsImage ? LinkResolver.FileOf(link.Url) : null;
            var url = _links.Resolve(link, entry.Key, entry.Resources, pageLanguage, problems);
            link.Rewrite(url);
            if (file is not null && url != "#" && Images.Find(entry.Key, file) is { } image)
                link.Node.SetData(typeof(Picture), new Picture(image, urls));
            links.Add(new WrittenLink(url, link.Location));
        }
        if (MarkdownSyntax.ToHtml(document, text.Path, text.BodyLine, problems) is not { } html) return null;
        // Only a text with raw HTML needs cleaning; what Markdown itself produces is safe by construction.
        if (!RawHtmlPolicy.HasRawHtml(document)) return html;
        var (clean, removed) = _rawHtml.Clean(html);
        if (problems is not null)
            RawHtmlPolicy.ReportRemoved(document, text.Markdown, text.Path, text.BodyLine, removed, problems);
        return clean;
    }
}
