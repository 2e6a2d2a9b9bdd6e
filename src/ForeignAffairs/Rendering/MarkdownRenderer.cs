using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using Markdig.Renderers;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Turns an entry's Markdown into HTML for one page language, with every link pointed where <see cref="LinkResolver"/> says.
/// Raw HTML is cleaned by <see cref="RawHtmlPolicy"/>. Links and raw HTML were checked, and their mistakes reported, when
/// the site was validated.
/// </summary>
/// <param name="site">The site whose entries links lead to.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="memo">Texts rendered by an earlier build of the same entries and settings, if any.</param>
public sealed class MarkdownRenderer(Site site, SiteUrls urls, MarkdownMemo? memo = null)
{
    private readonly LinkResolver _links = new(site.Entries.Select(e => e.Key).ToHashSet(), urls);
    private readonly RawHtmlPolicy _rawHtml = new(site.Config.IframeHosts ?? []);

    /// <summary>Renders <paramref name="text"/> of <paramref name="entry"/> for a page in <paramref name="pageLanguage"/>.</summary>
    public RawHtml Render(Entry entry, EntryText text, string pageLanguage) =>
        memo is null ? RenderNow(entry, text, pageLanguage) : memo.GetOrRender(entry, text, pageLanguage, () => RenderNow(entry, text, pageLanguage));

    private RawHtml RenderNow(Entry entry, EntryText text, string pageLanguage)
    {
        var document = MarkdownSyntax.Parse(text.Markdown);
        foreach (var link in MarkdownSyntax.Links(document, text.Markdown, text.Path, text.BodyLine))
            link.Rewrite(_links.Resolve(link, entry.Key, entry.Resources, pageLanguage, diagnostics: null));

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSyntax.Pipeline.Setup(renderer);
        renderer.Render(document);
        // Only a text with raw HTML needs cleaning; what Markdown itself produces is safe by construction.
        return new RawHtml(RawHtmlPolicy.HasRawHtml(document) ? _rawHtml.Clean(writer.ToString()).Html : writer.ToString());
    }
}
