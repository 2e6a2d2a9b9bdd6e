using System.Text.RegularExpressions;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Turns an entry's Markdown into HTML for one page language. Links written <c>collection/slug</c> lead to that entry's page in the
/// reader's language; links to the entry's own files stay relative, since those files are published beside the page.
/// Raw HTML in Markdown is shown as text, and only web, mail and phone links are allowed.
/// </summary>
public sealed partial class MarkdownRenderer(Site site, SiteUrls urls)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFootnotes()
        .UseGridTables()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Renders <paramref name="text"/> of <paramref name="entry"/> for a page in <paramref name="pageLanguage"/>.</summary>
    public RawHtml Render(Entry entry, EntryText text, string pageLanguage, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text.Markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var location = new SourceLocation(text.Path, text.BodyLine + link.Line, link.Column + 1);
            if (link.IsImage && !link.Any()) diagnostics.Warning(DiagnosticCodes.MissingAltText, location,
                $"the image '{link.Url}' has no alternative text, so screen-reader users cannot know what it shows",
                "describe it between the brackets: ![Map of the industrial park](map.png)");
            if (link.Url is { Length: > 0 } url) link.Url = Resolve(url, entry, pageLanguage, location, link.IsImage, diagnostics);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail))
        {
            // <https://...> is a link too; anything but a web, mail or phone address is refused like any other link.
            var location = new SourceLocation(text.Path, text.BodyLine + autolink.Line, autolink.Column + 1);
            autolink.Url = Resolve(autolink.Url, entry, pageLanguage, location, isImage: false, diagnostics);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RawHtml(writer.ToString());
    }

    private string Resolve(string url, Entry entry, string language, SourceLocation location, bool isImage, DiagnosticBag diagnostics)
    {
        if (url.StartsWith('#')) return url;
        if (Scheme().Match(url) is { Success: true } scheme)
        {
            if (AllowedSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant())) return url;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, location, $"links starting with '{scheme.Value}' are not allowed",
                "link to a web page (https://...), an e-mail address (mailto:...) or another entry (collection/slug)");
            return "#";
        }
        if (url.StartsWith('/')) return urls.Url(url);

        var match = EntryLink().Match(url);
        if (match.Success && Collection.Find(match.Groups["collection"].Value) is { } collection)
        {
            var key = new EntryKey(collection, match.Groups["slug"].Value);
            if (site.Find(key) is not null) return urls.Url(SiteUrls.EntryPath(language, key)) + match.Groups["fragment"].Value;
            var slugs = site.In(collection).Select(e => e.Key.Slug);
            diagnostics.Error(DiagnosticCodes.BrokenLink, location, $"the link leads to {key}, which does not exist",
                Suggestion.Closest(key.Slug, slugs) is { } near
                    ? $"did you mean '{collection.Name}/{near}'?"
                    : $"link to an entry that exists in content/{collection.Name}/");
            return "#";
        }

        var file = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        if (file.StartsWith("./", StringComparison.Ordinal)) file = file[2..];
        if (file.Split('/', '\\').Contains(".."))
        {
            diagnostics.Error(DiagnosticCodes.PathOutsideFolder, location, $"'{url}' leaves the entry's folder, and only the entry's own files are published beside it",
                "copy the file into the entry's folder, or link to the other entry as collection/slug");
            return "#";
        }
        if (entry.Resources.Contains(file)) return url;
        var what = isImage ? "image" : "link";
        diagnostics.Error(DiagnosticCodes.BrokenLink, location, $"the {what} '{url}' leads nowhere: this entry has no file '{file}'",
            entry.Resources.Count > 0 ? Suggestion.Hint(file, entry.Resources.ToArray())
                : $"put the file in {entry.Key.Folder}/, or link to an entry as collection/slug");
        return "#";
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("^(?<collection>[a-z]+)/(?<slug>[^/#?]+)/?(?<fragment>#.*)?$")]
    private static partial Regex EntryLink();
}
