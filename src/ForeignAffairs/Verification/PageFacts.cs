using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Verification;

/// <summary>What the verify stage needs to know about one rendered page, read from its HTML in a single pass.</summary>
/// <param name="Page">The rendered page.</param>
/// <param name="Lang">The <c>lang</c> attribute of its <c>html</c> element, or null when it has none.</param>
/// <param name="Title">The text of its <c>title</c>, trimmed; empty when it has none.</param>
/// <param name="Description">The content of its <c>meta name="description"</c>, or null when it has none.</param>
/// <param name="Ids">Every element id, and every <c>a name</c>, a fragment can point to.</param>
/// <param name="DuplicateIds">The ids given to more than one element, in document order.</param>
/// <param name="Links">Every distinct link and resource address (href or src), in document order.</param>
/// <param name="ImagesWithoutAlt">The src of every image without an alt attribute.</param>
/// <param name="Alternates">Its hreflang alternates (<c>link rel="alternate" hreflang</c>).</param>
internal sealed record PageFacts(
    RenderedPage Page,
    string? Lang,
    string Title,
    string? Description,
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> DuplicateIds,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> ImagesWithoutAlt,
    IReadOnlyList<Alternate> Alternates)
{
    /// <summary>
    /// Reads <paramref name="page"/> with an HTML tokenizer, as a browser's parser reads it, without building its document:
    /// the tree is not needed to know its ids, links and head, and building it cost as much as rendering the page.
    /// </summary>
    public static PageFacts Read(RenderedPage page)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(page.Html ?? throw new ArgumentException("the page was written and its HTML dropped", nameof(page))), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true, SkipComments = true, SkipScriptText = true, SkipRawText = true, SkipPlaintext = true, SkipCDATA = true,
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var links = new List<string>();
        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        var imagesWithoutAlt = new List<string>();
        var alternates = new List<Alternate>();
        string? description = null, lang = null, title = null;
        var sawHtml = false;
        System.Text.StringBuilder? titleText = null;

        void Link(string? value)
        {
            if (value is not null && seenLinks.Add(value)) links.Add(value);
        }

        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (titleText is not null)
            {
                // The title is text up to its end tag; the tokenizer is in RCDATA mode until then.
                if (token.Type == HtmlTokenType.Character) titleText.Append(token.Data);
                else if (token.Type == HtmlTokenType.EndTag) (title, titleText) = (Collapse(titleText.ToString()), null);
                continue;
            }
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag) continue;
            var attributes = tag.Attributes;
            if (Attribute(attributes, "id") is { Length: > 0 } id && !ids.Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
            switch (tag.Name)
            {
                case "html" when !sawHtml:
                    (sawHtml, lang) = (true, Attribute(attributes, "lang"));
                    break;
                case "title":
                    tokenizer.State = HtmlParseMode.RCData;
                    if (title is null) titleText = new System.Text.StringBuilder();
                    break;
                case "textarea":
                    tokenizer.State = HtmlParseMode.RCData;
                    break;
                case "script":
                    Link(Attribute(attributes, "src"));
                    tokenizer.State = HtmlParseMode.Script;
                    break;
                case "style" or "xmp" or "noembed" or "noframes":
                    tokenizer.State = HtmlParseMode.Rawtext;
                    break;
                case "iframe":
                    Link(Attribute(attributes, "src"));
                    tokenizer.State = HtmlParseMode.Rawtext;
                    break;
                case "a":
                    if (Attribute(attributes, "name") is { Length: > 0 } name) ids.Add(name);
                    Link(Attribute(attributes, "href"));
                    break;
                case "link":
                    var href = Attribute(attributes, "href");
                    Link(href);
                    if (href is not null && Attribute(attributes, "hreflang") is { } hreflang && HasToken(Attribute(attributes, "rel"), "alternate"))
                        alternates.Add(new Alternate(hreflang, href));
                    break;
                case "img":
                    var src = Attribute(attributes, "src");
                    Link(src);
                    if (Attribute(attributes, "alt") is null) imagesWithoutAlt.Add(src ?? "");
                    break;
                case "source":
                    Link(Attribute(attributes, "src"));
                    break;
                case "meta" when description is null && string.Equals(Attribute(attributes, "name"), "description", StringComparison.OrdinalIgnoreCase):
                    description = Attribute(attributes, "content");
                    break;
            }
        }
        return new PageFacts(page, lang, title ?? "", description, ids, duplicates, links, imagesWithoutAlt, alternates);
    }

    // The first attribute of that name, as the document keeps it; null when the element has none.
    private static string? Attribute(List<HtmlAttributeToken> attributes, string name)
    {
        foreach (var attribute in attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    // A document's title as browsers give it: whitespace collapsed and trimmed.
    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}
