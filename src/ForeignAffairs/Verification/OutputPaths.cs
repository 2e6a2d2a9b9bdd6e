using System.Collections.Concurrent;

namespace ForeignAffairs.Verification;

/// <summary>Every file a build publishes, and how a link on one of its pages maps to one of them.</summary>
internal sealed class OutputPaths(IEnumerable<string> paths, Uri baseUrl)
{
    // Pagefind writes its index after the pages are published, so nothing under its folder can be checked here.
    private const string PagefindFolder = "pagefind/";
    private const string IndexFile = "index.html";

    private readonly HashSet<string> _paths = new(paths, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LinkTarget?> _absolute = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is published.</summary>
    public bool Contains(string path) =>
        path.StartsWith(PagefindFolder, StringComparison.Ordinal) || _paths.Contains(path);

    /// <summary>The address a page is served at: its folder for <c>…/index.html</c>, else the file itself.</summary>
    public Uri UrlOf(string pagePath) =>
        new(baseUrl, pagePath.EndsWith(IndexFile, StringComparison.Ordinal) ? pagePath[..^IndexFile.Length] : pagePath);

    /// <summary>
    /// Where <paramref name="href"/>, found on the page served at <paramref name="pageUrl"/>, leads within the site;
    /// null when it leads elsewhere (another host, a path outside base_url, mailto:...).
    /// </summary>
    public LinkTarget? Resolve(Uri pageUrl, string href) =>
        // A link from the site's root, or a full address, leads to the same place from every page: menus and lists
        // repeat the same links on thousands of pages, so each is resolved once.
        (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)
            ? _absolute.TryGetValue(href, out var known) ? known : _absolute.GetOrAdd(href, ResolveNow(pageUrl, href))
            : ResolveNow(pageUrl, href);

    private LinkTarget? ResolveNow(Uri pageUrl, string href)
    {
        if (!Uri.TryCreate(pageUrl, href.Trim(), out var target) || target.Scheme is not ("http" or "https"))
            return null;
        if (!string.Equals(target.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase)) return null;
        if (!target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)) return null;

        var path = Uri.UnescapeDataString(target.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        if (path.Length == 0 || path.EndsWith('/')) path += IndexFile;
        // Hosts redirect a folder's address without its final '/' to the folder, so such a link still arrives.
        else if (!Contains(path) && Contains(path + "/" + IndexFile)) path += "/" + IndexFile;
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        return new LinkTarget(path, fragment);
    }
}
