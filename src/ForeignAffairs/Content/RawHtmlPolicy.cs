using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using Ganss.Xss;
using Markdig.Syntax;

namespace ForeignAffairs.Content;

/// <summary>
/// What raw HTML an editor may write in Markdown: an allowlist of harmless elements and attributes. Scripts,
/// event-handler attributes, <c>javascript:</c> addresses, forms and their fields and the like are removed; an
/// <c>iframe</c> is kept only when its address is on a host that <c>iframe_hosts</c> in site.yaml lists (a video
/// platform, a map service), or below one listed as <c>*.host</c>.
/// </summary>
internal sealed class RawHtmlPolicy
{
    private static readonly string[] FormTags =
        ["form", "input", "button", "textarea", "select", "option", "optgroup", "datalist", "output"];

    private readonly IReadOnlySet<string> _iframeHosts;

    /// <summary>
    /// Creates the policy for a site that allows iframes from <paramref name="iframeHosts"/> (lowercase ASCII).
    /// </summary>
    public RawHtmlPolicy(IEnumerable<string> iframeHosts) =>
        _iframeHosts = iframeHosts.Select(h => h.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a parsed Markdown text holds raw HTML, which is then the only case that needs cleaning.
    /// </summary>
    public static bool HasRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Any();

    /// <summary>The first raw HTML element of a parsed Markdown text, for locating warnings about it.</summary>
    public static int FirstRawHtmlOffset(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Select(b => b.Span.Start)
            .Concat(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(i => i.Span.Start))
            .DefaultIfEmpty(0).Min();

    /// <summary>
    /// Warns that <paramref name="removed"/> was taken out of the raw HTML of <paramref name="markdown"/> (parsed as
    /// <paramref name="document"/>, starting on line <paramref name="bodyLine"/> of <paramref name="path"/>), at its
    /// first raw HTML.
    /// </summary>
    public static void ReportRemoved(MarkdownDocument document, string markdown, string path, int bodyLine,
        IReadOnlyList<string> removed, DiagnosticBag diagnostics)
    {
        if (removed.Count == 0) return;
        var location = new TextPositions(markdown, path, bodyLine).Locate(FirstRawHtmlOffset(document));
        diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, location,
            $"raw HTML that is not allowed was removed from the page: {string.Join(", ", removed)}",
            "write the text in Markdown, and link to a form rather than copying it in; " +
            "to embed a video or map, list its host " +
            "under iframe_hosts in site.yaml");
    }

    /// <summary>
    /// <paramref name="html"/> with everything the allowlist does not allow removed, and a description of each removal.
    /// </summary>
    public (string Html, IReadOnlyList<string> Removed) Clean(string html)
    {
        var removed = new List<string>();
        var sanitizer = Sanitizer(removed);
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingAttribute += (_, e) =>
            removed.Add($"{e.Attribute.Name}=\"{e.Attribute.Value}\" on <{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"the style {e.Style.Name}");
        sanitizer.RemovingAtRule += (_, _) => removed.Add("a CSS rule");
        sanitizer.RemovingComment += (_, _) => { };
        var clean = sanitizer.Sanitize(html);
        return (clean, removed.Distinct(StringComparer.Ordinal).ToArray());
    }

    // "*.example.org" lists every host below example.org, as it does in the Content-Security-Policy.
    private bool IsListed(string host) =>
        _iframeHosts.Contains(host)
        || _iframeHosts.Any(h =>
            h.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(h[1..], StringComparison.Ordinal));

    // Each candidate is an address and an optional descriptor, separated by commas; a comma inside a data: address only
    // splits it into parts whose first still has the refused scheme.
    private static bool IsSafeSrcset(string srcset) =>
        srcset.Split(',').Select(candidate => candidate.Trim().Split(' ', 2)[0])
            .All(url => UrlPolicy.SchemeOf(url) is null || UrlPolicy.Link(url) is null);

    private HtmlSanitizer Sanitizer(List<string> removed)
    {
        var sanitizer = new HtmlSanitizer();
        // What Markdown itself produces must survive: heading ids, footnote and code classes, task-list checkboxes.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedTags.Add("iframe");
        // A form in a text could send what readers type to any host, under the site's name.
        foreach (var control in FormTags) sanitizer.AllowedTags.Remove(control);
        foreach (var attribute in new[] { "src", "title", "width", "height", "allow", "allowfullscreen", "loading",
            "referrerpolicy" })
            sanitizer.AllowedAttributes.Add(attribute);
        // The pictures of an entry's images, in their sizes and formats.
        sanitizer.AllowedTags.Add("picture");
        sanitizer.AllowedTags.Add("source");
        foreach (var attribute in new[] { "srcset", "sizes", "type", "decoding" })
            sanitizer.AllowedAttributes.Add(attribute);
        // The addresses of raw HTML pass the policy that Markdown's links pass; an iframe's must be on a listed https
        // host too.
        sanitizer.FilterUrl += (_, e) =>
        {
            var refused = UrlPolicy.SchemeOf(e.OriginalUrl) is not null && UrlPolicy.Link(e.OriginalUrl) is not null;
            if (refused || (e.Tag.TagName.Equals("iframe", StringComparison.OrdinalIgnoreCase)
                && (!Uri.TryCreate(e.OriginalUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
                    || !IsListed(url.IdnHost.ToLowerInvariant()))))
                e.SanitizedUrl = null;
        };
        // An iframe whose address was refused is removed whole rather than left empty; a srcset, which the sanitizer
        // does not read as addresses, loses an address the policy refuses with the whole attribute.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not AngleSharp.Dom.IElement element) return;
            if (element is { TagName: "IFRAME" } && !element.HasAttribute("src")) element.Remove();
            else if (element.GetAttribute("srcset") is { } srcset && !IsSafeSrcset(srcset))
            {
                element.RemoveAttribute("srcset");
                removed.Add($"srcset=\"{srcset}\" on <{element.LocalName}>");
            }
        };
        return sanitizer;
    }
}
