using ForeignAffairs.Publishing;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// A fixture site from <c>Sites/&lt;name&gt;</c> copied into a temporary folder, with the shared test theme as
/// <c>themes/minimal</c> unless the fixture brings its own. Tests may edit the copy freely; it is deleted afterwards.
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    private FixtureSite(string root) => Root = root;

    /// <summary>The site folder.</summary>
    public string Root { get; }

    /// <summary>The default output folder, <c>&lt;root&gt;/output</c>.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The folder holding the fixture sites.</summary>
    public static string SitesFolder => Path.Combine(AppContext.BaseDirectory, "Sites");

    /// <summary>Copies the fixture <paramref name="name"/>.</summary>
    public static FixtureSite Copy(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "fa-tests", $"{name}-{Guid.NewGuid():N}");
        CopyFolder(Path.Combine(SitesFolder, name), root);
        var themes = Path.Combine(root, "themes");
        if (!Directory.Exists(themes)) CopyFolder(Path.Combine(SitesFolder, "_theme"), Path.Combine(themes, "minimal"));
        return new FixtureSite(root);
    }

    /// <summary>
    /// Builds the site with the library, as the command line would, taking Pagefind from <paramref name="pagefind"/>
    /// when the site has none.
    /// </summary>
    public BuildResult Build(string? output = null, Uri? baseUrl = null, PagefindCache? pagefind = null) =>
        SiteBuilder.Build(new BuildOptions(Root, output, baseUrl) { Pagefind = pagefind });

    /// <summary>
    /// Builds the site, fails the test with the diagnostics if the build fails, and returns the output to inspect.
    /// </summary>
    public BuiltSite BuildSuccessfully(string? output = null, Uri? baseUrl = null, PagefindCache? pagefind = null)
    {
        var result = Build(output, baseUrl, pagefind);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return new BuiltSite(output ?? Output, result);
    }

    /// <summary>
    /// Gives the minimal theme a search page in each language and a link to it on the home page (<c>#search-link</c>),
    /// shown only when the site is built with its search index.
    /// </summary>
    public FixtureSite WithSearchPages()
    {
        Write("themes/minimal/layouts/search.html", "<h1>{{ page.title }}</h1>\n<div id=\"search\"></div>\n");
        Write("themes/minimal/layouts/home.html", "<h1>{{ site.title }}</h1>\n{{ if site.search_url }}" +
            "<a id=\"search-link\" href=\"{{ site.search_url }}\">{{ t \"search.title\" }}</a>{{ end }}\n");
        foreach (var (language, title) in new[] { ("en", "Search"), ("ja", "サイト内検索"), ("ko", "사이트 검색") })
            File.AppendAllText(Path.Combine(Root, $"themes/minimal/i18n/{language}.yaml"),
                $"search: {{title: \"{title}\"}}\n");
        return this;
    }

    /// <summary>Writes <paramref name="text"/> to a file of the site, creating folders as needed.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>Copies a folder tree.</summary>
    public static void CopyFolder(string from, string to, bool overwrite = false) =>
        FolderCopy.Copy(from, to, overwrite);
}
