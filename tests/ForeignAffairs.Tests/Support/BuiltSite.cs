using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ForeignAffairs.Tests.Support;

/// <summary>The output of a successful build, read back with AngleSharp.</summary>
public sealed class BuiltSite(string output, BuildResult result)
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IHtmlDocument> _documents = [];

    /// <summary>
    /// Builds <paramref name="copy"/> of the sample site into its <c>output</c> folder on the sample's build day; fails
    /// the test with the diagnostics when the build fails.
    /// </summary>
    public static BuiltSite Build(SampleCopy copy)
    {
        var output = copy.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(copy.Root, output) { Today = SampleCopy.Today });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new BuiltSite(output, result);
    }

    /// <summary>The output folder.</summary>
    public string Output { get; } = output;

    /// <summary>The build's result.</summary>
    public BuildResult Result { get; } = result;

    /// <summary>Every HTML file, relative to the output with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Whether the output has this file.</summary>
    public bool Has(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>
    /// The parsed page at <paramref name="relativePath"/>, such as <c>ja/provinces/bac-ninh/index.html</c>.
    /// </summary>
    public IHtmlDocument Page(string relativePath)
    {
        if (_documents.TryGetValue(relativePath, out var cached)) return cached;
        Assert.True(Has(relativePath), $"the output has no {relativePath}");
        return _documents[relativePath] = Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));
    }

    /// <summary>The hreflang alternates of a page: language code → absolute URL.</summary>
    public IReadOnlyDictionary<string, string> Alternates(string relativePath) =>
        Page(relativePath).QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    /// <summary>
    /// Maps a link (site-absolute path or full URL under <paramref name="baseUrl"/>) to the output file it designates,
    /// or null if it leaves the site.
    /// </summary>
    public static string? FileFor(string href, Uri baseUrl)
    {
        var target = new Uri(baseUrl, href);
        if (target.Host != baseUrl.Host
            || !target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(target.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>
    /// Every link of every page (a[href], link[href], img[src]) that points into the site but at no file of the output.
    /// </summary>
    public IReadOnlyList<string> BrokenInternalLinks(Uri baseUrl)
    {
        var broken = new List<string>();
        foreach (var page in Pages)
        {
            var pageUrl = new Uri(baseUrl,
                page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
            var targets = Page(page).QuerySelectorAll("a[href], link[href], img[src], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => !h.StartsWith('#') && !h.StartsWith("mailto:", StringComparison.Ordinal)
                    && !h.StartsWith("tel:", StringComparison.Ordinal));
            foreach (var href in targets)
            {
                if (FileFor(new Uri(pageUrl, href).AbsoluteUri, baseUrl) is { } file && !Has(file))
                    broken.Add($"{page} → {href}");
            }
        }
        return broken;
    }

    /// <summary>
    /// Every breach of the hreflang rules: a page's alternates must include the page itself and x-default, lead to
    /// pages that exist, and be reciprocal (each alternate lists the page back). The root page only needs its targets
    /// to exist.
    /// </summary>
    public IReadOnlyList<string> HreflangProblems(Uri baseUrl)
    {
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            var alternates = Alternates(page);
            if (alternates.Count == 0) continue;
            var self = new Uri(baseUrl, page[..^"index.html".Length]).AbsoluteUri;
            if (page != "index.html" && !alternates.Values.Contains(self)) problems.Add($"{page} does not list itself");
            if (!alternates.ContainsKey("x-default")) problems.Add($"{page} has no x-default");
            foreach (var (hreflang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                var target = FileFor(href, baseUrl);
                if (target is null || !Has(target))
                    problems.Add($"{page}: the {hreflang} alternate {href} does not exist");
                else if (page != "index.html" && !Alternates(target).Values.Contains(self))
                    problems.Add($"{target} does not list {page} back");
            }
        }
        return problems;
    }

    /// <summary>The text content of the elements matching <paramref name="selector"/>.</summary>
    public static IReadOnlyList<string> Texts(IParentNode document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToArray();
}
