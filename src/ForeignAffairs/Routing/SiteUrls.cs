using ForeignAffairs.Configuration;
using ForeignAffairs.Content;

namespace ForeignAffairs.Routing;

/// <summary>
/// Where every page lives. A page path is relative to the output folder and ends with '/' (its file is
/// <c>index.html</c> below it); its URL adds the path of <c>base_url</c>, so a site published under
/// <c>https://example.org/invest/</c> links to <c>/invest/en/...</c>.
/// </summary>
internal sealed class SiteUrls(SiteConfig config)
{
    /// <summary>The root page that leads to every language.</summary>
    public static string RootPath => "";

    /// <summary>A language's home page: <c>en/</c>.</summary>
    public static string HomePath(string language) => $"{language}/";

    /// <summary>A collection's list page: <c>en/projects/</c>.</summary>
    public static string ListPath(string language, Collection collection) => $"{language}/{collection.Name}/";

    /// <summary>An entry's page: <c>en/projects/slug/</c>, or <c>en/slug/</c> for pages.</summary>
    public static string EntryPath(string language, EntryKey key) =>
        key.Collection == Collection.Pages ? $"{language}/{key.Slug}/"
            : $"{language}/{key.Collection.Name}/{key.Slug}/";

    /// <summary>
    /// Page <paramref name="number"/> of a collection's list: the list itself for page 1, else <c>en/news/page/2/</c>.
    /// </summary>
    public static string ListPagePath(string language, Collection collection, int number) =>
        number == 1 ? ListPath(language, collection) : $"{language}/{collection.Name}/page/{number}/";

    /// <summary>A language's search page: <c>en/search/</c>.</summary>
    public static string SearchPath(string language) => $"{language}/search/";

    /// <summary>
    /// A page of the project explorer narrowed to one value of a facet: <c>en/projects/sector/electronics/</c>.
    /// </summary>
    public static string FilterPath(string language, string facet, string value) =>
        $"{language}/projects/{facet}/{value}/";

    /// <summary>The parks directory narrowed to one value of a facet: <c>en/parks/kind/economic-zone/</c>.</summary>
    public static string ParkFilterPath(string language, string facet, string value) =>
        $"{language}/parks/{facet}/{value}/";

    /// <summary>The page comparing the parks side by side.</summary>
    public static string ComparePath(string language) => $"{language}/parks/compare/";

    /// <summary>A language's page for addresses that do not exist: <c>en/404.html</c>.</summary>
    public static string NotFoundPath(string language) => $"{language}/404.html";

    /// <summary>The page hosts serve for any address that does not exist, offering every language.</summary>
    public static string RootNotFoundPath => "404.html";

    /// <summary>The file a page path is written to.</summary>
    public static string FileOf(string path) => path + "index.html";

    /// <summary>
    /// The link to a page or file within the site: the base path followed by <paramref name="path"/>.
    /// </summary>
    public string Url(string path) => config.BasePath + path.TrimStart('/');

    /// <summary>The full address of a page or file, for canonical links, hreflang alternates and feeds.</summary>
    public string Permalink(string path)
    {
        var relative = path.TrimStart('/');
        // Most paths are made of slugs, which need no escaping and no resolving: they are appended to the base address
        // as they are, as Uri would write them, without making a Uri for each of the thousands of addresses a build
        // writes.
        return relative.AsSpan().ContainsAnyExcept(PlainPathCharacters)
            ? new Uri(config.BaseUrl, relative).AbsoluteUri
            : _base + relative;
    }

    private readonly string _base = config.BaseUrl.AbsoluteUri;

    // The characters of a path that Uri leaves as they are and that cannot form a segment to resolve ('.', '..'): a
    // path with any other (a dot, a space, a letter outside ASCII) goes through Uri, which escapes and resolves it.
    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~/");
}
