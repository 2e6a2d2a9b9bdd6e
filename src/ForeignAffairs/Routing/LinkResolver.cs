using System.Text.RegularExpressions;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Routing;

/// <summary>
/// Where a link written in an entry's Markdown leads. <c>collection/slug</c> leads to that entry's page in the reader's
/// language; a file of the entry stays relative, since it is published beside the page; web, mail and phone addresses
/// are kept when <see cref="UrlPolicy"/> allows them; anything else is a mistake, reported when diagnostics are given,
/// and leads nowhere (<c>#</c>). A link to an entry whose folder name is invalid (<paramref name="misnamed"/>) leads
/// nowhere unreported: the folder's name is the mistake, reported once.
/// </summary>
internal sealed partial class LinkResolver(IReadOnlySet<EntryKey> entries, SiteUrls urls,
    IReadOnlySet<EntryKey>? drafts = null, IReadOnlySet<EntryKey>? misnamed = null)
{
    /// <summary>
    /// The address <paramref name="link"/> of <paramref name="entry"/> leads to from a page in
    /// <paramref name="language"/>.
    /// </summary>
    /// <param name="link">The link.</param>
    /// <param name="entry">The entry whose text holds the link.</param>
    /// <param name="resources">The files of the entry.</param>
    /// <param name="language">The language of the page the link is on.</param>
    /// <param name="diagnostics">Where to report a broken or unsafe link; null when it has been reported
    /// already.</param>
    public string Resolve(MarkdownLink link, EntryKey entry, IReadOnlyList<string> resources, string language,
        DiagnosticBag? diagnostics)
    {
        var url = link.Url;
        var location = link.Location;
        if (diagnostics is not null && !link.HasText)
        {
            diagnostics.Error(DiagnosticCodes.MissingAltText, location,
                $"the image '{url}' has no alternative text, so screen-reader users cannot know what it shows",
                "describe it between the brackets: ![Map of the industrial park](map.png)");
        }
        if (url.Length == 0 || url.StartsWith('#')) return url;
        if (UrlPolicy.SchemeOf(url) is not null)
        {
            if (UrlPolicy.Link(url) is not { } refused) return url;
            diagnostics?.Error(DiagnosticCodes.UnsafeLink, location, refused.Problem, refused.Hint);
            return "#";
        }
        if (url.StartsWith('/')) return urls.Url(url);

        var match = EntryLink().Match(url);
        if (match.Success && Collection.Find(match.Groups["collection"].Value) is { } collection)
            return ToEntry(new EntryKey(collection, match.Groups["slug"].Value), match.Groups["fragment"].Value,
                language, location, diagnostics);
        return ToFile(url, link, entry, resources, diagnostics);
    }

    // A link written collection/slug: to the entry's page in the page's language, if it is published.
    private string ToEntry(EntryKey key, string fragment, string language, SourceLocation location,
        DiagnosticBag? diagnostics)
    {
        if (entries.Contains(key)) return urls.Url(SiteUrls.EntryPath(language, key)) + fragment;
        if (misnamed?.Contains(key) == true) return "#";
        if (drafts?.Contains(key) == true)
        {
            diagnostics?.Error(DiagnosticCodes.BrokenLink, location,
                $"the link leads to {key}, which is still a draft, so it is not published",
                $"publish it first by deleting the line 'draft: true' from {key.Folder}/index.yaml");
            return "#";
        }
        diagnostics?.Error(DiagnosticCodes.BrokenLink, location, $"the link leads to {key}, which does not exist",
            Suggestion.Closest(key.Slug,
                entries.Where(e => e.Collection == key.Collection).Select(e => e.Slug)) is { } near
                ? $"did you mean '{key.Collection.Name}/{near}'?"
                : $"link to an entry that exists in content/{key.Collection.Name}/");
        return "#";
    }

    // Any other relative link: to a file of the entry's own folder, published beside its page.
    private static string ToFile(string url, MarkdownLink link, EntryKey entry, IReadOnlyList<string> resources,
        DiagnosticBag? diagnostics)
    {
        var end = url.AsSpan().IndexOfAny('#', '?');
        var here = url.StartsWith("./", StringComparison.Ordinal) ? "./" : "";
        var file = FileOf(url);
        if (file.Split('/', '\\').Contains("..", StringComparer.Ordinal))
        {
            diagnostics?.Error(DiagnosticCodes.PathOutsideFolder, link.Location,
                $"'{url}' leaves the entry's folder, and only the entry's own files are published beside it",
                "copy the file into the entry's folder, or link to the other entry as collection/slug");
            return "#";
        }
        // Written as the file is named, whichever way the editor escaped it.
        var rest = end < 0 ? "" : url[end..];
        if (resources.Contains(file, StringComparer.Ordinal)) return here + PublishedName.Escape(file) + rest;
        diagnostics?.Error(DiagnosticCodes.BrokenLink, link.Location,
            $"the {(link.IsImage ? "image" : "link")} '{url}' leads nowhere: this entry has no file '{file}'",
            resources.Contains(url, StringComparer.Ordinal)
                ? $"a '#' or '?' in a file name is written %23 or %3F in a link: '{PublishedName.Escape(url)}'"
            : resources.Count > 0 ? Suggestion.Hint(file, resources.ToArray())
            : $"put the file in {entry.Folder}/, or link to an entry as collection/slug");
        return "#";
    }

    /// <summary>
    /// The file of the entry's folder that <paramref name="url"/>, written in its Markdown, names if it names one: the
    /// address unescaped, without <c>./</c>, fragment or query.
    /// </summary>
    public static string FileOf(string url)
    {
        var end = url.AsSpan().IndexOfAny('#', '?');
        var file = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
        return file.StartsWith("./", StringComparison.Ordinal) ? file[2..] : file;
    }

    [GeneratedRegex("^(?<collection>[a-z]+)/(?<slug>[^/#?]+)/?(?<fragment>#.*)?$")]
    private static partial Regex EntryLink();
}
