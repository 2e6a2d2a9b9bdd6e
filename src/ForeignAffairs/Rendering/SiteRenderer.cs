using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>The render stage: every page of every language, the root page, and the files to publish beside them.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders <paramref name="site"/> with <paramref name="theme"/>, with a search page per language when <paramref name="search"/>
    /// is set. Languages are rendered in parallel; the result is in path order.
    /// </summary>
    public static RenderedSite Render(Site site, Theme theme, bool search, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var urls = new SiteUrls(config);
        var markdown = new MarkdownRenderer(site, urls);
        var pages = new List<RenderedPage>();

        var perLanguage = new List<RenderedPage>[config.Languages.Count];
        Parallel.For(0, config.Languages.Count, i =>
            perLanguage[i] = RenderLanguage(site, theme, config.Languages[i], urls, markdown, search, diagnostics));
        foreach (var list in perLanguage) pages.AddRange(list);

        var files = theme.Assets.Select(a => new CopiedFile($"assets/{a}", Path.Combine(theme.Folder, "assets", a)))
            .Concat(config.LanguageCodes.SelectMany(language => site.Entries.SelectMany(entry => entry.Resources.Select(r =>
                new CopiedFile(SiteUrls.EntryPath(language, entry.Key) + r, Path.Combine(site.Root, entry.Key.Folder, r))))))
            .ToList();

        ReportCollisions(site.Root, pages, files, diagnostics);
        return new RenderedSite(
            pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray(),
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());
    }

    private static List<RenderedPage> RenderLanguage(Site site, Theme theme, Language language, SiteUrls urls, MarkdownRenderer markdown, bool search, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var code = language.Code;
        var views = new EntryViews(site, language, urls, markdown);
        var renderer = new PageRenderer(theme, Globals(site, theme, language, views, urls, search, diagnostics), diagnostics);
        var model = new PageModels(config, urls, language);
        var pages = new List<RenderedPage>();

        void Emit(string path, Scriban.Template template, PageModel page, string source, string what)
        {
            if (renderer.Render(template, page.Page, what) is { } html)
                pages.Add(new RenderedPage(SiteUrls.FileOf(path), html, code, source, page.Sitemap));
        }

        var siteTitle = config.Title.Resolve(code, config.DefaultLanguage.Code).Text;
        var description = config.Description?.Resolve(code, config.DefaultLanguage.Code).Text ?? siteTitle;
        Emit(SiteUrls.HomePath(code), theme.Templates["home"],
            // The home pages' x-default is the root page, which lets a reader choose among them.
            model.Common("home", "", siteTitle, description, SiteUrls.HomePath, SiteUrls.RootPath), SiteConfigReader.FileName, "the home page");

        var facets = new ProjectFacets(site, views, code, config.DefaultLanguage.Code, status => theme.Strings.Get(code, $"status.{status}", diagnostics));
        foreach (var collection in Collection.All)
        {
            var title = theme.Strings.Get(code, $"collections.{collection.Name}", diagnostics);
            var entries = views.ByCollection[collection.Name];
            // The news list is paged; other lists are short enough to show whole.
            var perPage = collection == Collection.News ? config.Paginate : Math.Max(entries.Count, 1);
            var pageCount = Math.Max(1, (entries.Count + perPage - 1) / perPage);
            for (var number = 1; number <= pageCount; number++)
            {
                var n = number;
                var page = model.Common("list", collection.Name, title, description, l => SiteUrls.ListPagePath(l, collection, n));
                page.Page["entries"] = new ScriptArray(entries.Skip((number - 1) * perPage).Take(perPage));
                page.Page["pagination"] = Pagination(urls, code, collection, number, pageCount);
                if (collection == Collection.Projects) page.Page["facets"] = facets.ToScript(urls, code, null);
                Emit(SiteUrls.ListPagePath(code, collection, number), theme.Pick(collection.Name, "list"), page, $"content/{collection.Name}", $"the list of {collection.Name}");
            }
        }

        // The explorer's pages per sector, province and status; a theme may lay them out apart with projects/filter.
        var projectsTitle = theme.Strings.Get(code, "collections.projects", diagnostics);
        var filterTemplate = theme.Templates.GetValueOrDefault("projects/filter") ?? theme.Pick(Collection.Projects.Name, "list");
        foreach (var filter in facets.Filters)
        {
            var page = model.Common("list", Collection.Projects.Name, $"{filter.Label} – {projectsTitle}", description,
                l => SiteUrls.FilterPath(l, filter.Facet, filter.Value));
            page.Page["entries"] = new ScriptArray(filter.Projects);
            page.Page["facets"] = facets.ToScript(urls, code, filter);
            page.Page["filter"] = new ScriptObject { ["facet"] = filter.Facet, ["value"] = filter.Value, ["label"] = filter.Label };
            Emit(SiteUrls.FilterPath(code, filter.Facet, filter.Value), filterTemplate, page, "content/projects", "a page of the project explorer");
        }

        foreach (var entry in site.Entries)
        {
            var view = views[entry.Key];
            var page = model.ForEntry(entry, view, description);
            Emit(SiteUrls.EntryPath(code, entry.Key), theme.Pick(entry.Key.Collection.Name, "entry"), page,
                entry.Texts.TryGetValue(EntryViews.ContentLanguage(entry, code, config), out var text) ? text.Path : $"{entry.Key.Folder}/{ContentLoader.IndexFile}",
                "an entry's page");
        }

        // The search page: Pagefind's index is built over the written pages; it is not a page to list in the sitemap.
        if (search)
        {
            var page = model.Common("search", "", theme.Strings.Get(code, "search.title", diagnostics), description, SiteUrls.SearchPath);
            Emit(SiteUrls.SearchPath(code), theme.Templates["search"], page with { Sitemap = null }, $"{theme.RelativeFolder}/layouts/search.html", "the search page");
        }

        // A page for addresses that do not exist, in the reader's language, when the theme has one; its switcher leads home.
        if (theme.Templates.TryGetValue("404", out var notFoundTemplate))
        {
            var notFound = model.NotFound(theme.Strings.Get(code, "not_found.title", diagnostics), description, SiteUrls.NotFoundPath(code));
            if (renderer.Render(notFoundTemplate, notFound, "the page for missing addresses") is { } html)
                pages.Add(new RenderedPage(SiteUrls.NotFoundPath(code), html, code, $"{theme.RelativeFolder}/layouts/404.html"));
        }

        // The root pages lead to every language; they are written in the default language, so they are rendered with its views.
        if (language == config.DefaultLanguage)
        {
            var root = model.Common("root", "", siteTitle, description, _ => SiteUrls.RootPath);
            IReadOnlyList<Alternate> alternates = [
                .. config.Languages.Select(l => new Alternate(l.Code, urls.Permalink(SiteUrls.HomePath(l.Code)))),
                new Alternate("x-default", urls.Permalink(SiteUrls.RootPath))];
            root.Page["alternates"] = PageModels.ToScript(alternates);
            if (renderer.Render(theme.Templates["root"], root.Page, "the root page", wrap: false) is { } html)
                pages.Add(new RenderedPage(SiteUrls.FileOf(SiteUrls.RootPath), html, null, SiteConfigReader.FileName,
                    new SitemapEntry(urls.Permalink(SiteUrls.RootPath), alternates)));

            var rootNotFound = model.NotFound(siteTitle, description, SiteUrls.RootNotFoundPath);
            rootNotFound["kind"] = "root_404";
            if (renderer.Render(theme.Templates["root"], rootNotFound, "the root page for missing addresses", wrap: false) is { } notFoundHtml)
                pages.Add(new RenderedPage(SiteUrls.RootNotFoundPath, notFoundHtml, null, SiteConfigReader.FileName));
        }
        return pages;
    }

    private static ScriptObject Pagination(SiteUrls urls, string language, Collection collection, int number, int count)
    {
        string? UrlOf(int n) => n >= 1 && n <= count ? urls.Url(SiteUrls.ListPagePath(language, collection, n)) : null;
        return new ScriptObject
        {
            ["number"] = number,
            ["count"] = count,
            ["previous_url"] = UrlOf(number - 1),
            ["next_url"] = UrlOf(number + 1),
            ["pages"] = new ScriptArray(Enumerable.Range(1, count).Select(n => new ScriptObject
            {
                ["number"] = n, ["url"] = UrlOf(n), ["is_current"] = n == number,
            })),
        };
    }

    private static ScriptObject Globals(Site site, Theme theme, Language language, EntryViews views, SiteUrls urls, bool search, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var globals = TemplateFunctions.For(language.Code, theme, views, urls, diagnostics);
        globals["site"] = new ScriptObject
        {
            ["title"] = config.Title.Resolve(language.Code, config.DefaultLanguage.Code).Text,
            ["description"] = config.Description?.Resolve(language.Code, config.DefaultLanguage.Code).Text,
            ["base_url"] = config.BaseUrl.AbsoluteUri,
            ["default_language"] = config.DefaultLanguage.Code,
            ["languages"] = new ScriptArray(config.Languages.Select(l => new ScriptObject
            {
                ["code"] = l.Code, ["name"] = l.Name, ["url"] = urls.Url(SiteUrls.HomePath(l.Code)),
            })),
            ["home_url"] = urls.Url(SiteUrls.HomePath(language.Code)),
            ["search_url"] = search ? urls.Url(SiteUrls.SearchPath(language.Code)) : null,
            ["content_security_policy"] = Publishing.SecurityPolicy.ForPages(config),
            ["collections"] = new ScriptArray(Collection.All.Select(c => new ScriptObject
            {
                ["name"] = c.Name, ["url"] = urls.Url(SiteUrls.ListPath(language.Code, c)),
            })),
        };
        globals["lang"] = new ScriptObject { ["code"] = language.Code, ["name"] = language.Name };
        return globals;
    }

    private static void ReportCollisions(string root, IEnumerable<RenderedPage> pages, IEnumerable<CopiedFile> files, DiagnosticBag diagnostics)
    {
        // Case-insensitive, since the site may be served from a case-insensitive file system.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sources = pages.Select(p => (p.Path, p.Source))
            .Concat(files.Select(f => (f.Path, Source: Path.GetRelativePath(root, f.SourcePath).Replace('\\', '/'))));
        foreach (var (path, source) in sources)
        {
            if (taken.TryAdd(path, source)) continue;
            diagnostics.Error(DiagnosticCodes.PathCollision, SourceLocation.File(taken[path]),
                $"two files would be published as {path}", "rename one of them (an entry's file cannot be called index.html)");
        }
    }
}
