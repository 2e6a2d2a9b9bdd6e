using System.Globalization;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The pages of one language: home, lists, the project explorer, entries, search, the page for missing addresses, and
/// for the default language the root pages. <see cref="Plan"/> lists them as jobs, which any number of threads then
/// render, each with a <see cref="PageRenderer"/> of its own from <see cref="NewRenderer"/>.
/// </summary>
internal sealed class LanguageRender
{
    private readonly Site _site;
    private readonly Theme _theme;
    private readonly Language _language;
    private readonly SiteUrls _urls;
    private readonly bool _search;
    private readonly DiagnosticBag _diagnostics;
    private readonly MarkdownRenderer _markdown;
    private readonly EntryViews _views;
    private readonly PageModels _model;
    private readonly List<PageJob> _jobs = [];
    private readonly PartialCache _partials;
    // Sorted lists are shared by the renderers of every thread: each list is sorted once per language.
    private readonly EntryLists _lists = new();
    private readonly ProjectGroups _groups;
    // Split at the day of the build once per language, for every thread's renderer.
    private readonly EventLists _events;
    private readonly StoryGroups _stories;
    private readonly string _siteTitle;
    // What a page without a summary of its own says of itself: the site's description, else its title.
    private readonly string _description;

    public LanguageRender(Site site, Theme theme, Language language, SiteUrls urls, MarkdownRenderer markdown,
        ProjectGroups groups, bool search, DiagnosticBag diagnostics, RenderMemory? memory = null,
        RenderScope? scope = null)
    {
        (_site, _theme, _language, _urls, _search, _diagnostics, _markdown) =
            (site, theme, language, urls, search, diagnostics, markdown);
        _groups = groups;
        _views = new EntryViews(site, language, urls, markdown, memory?.ViewsFor(language.Code));
        memory?.Keep(language.Code, _views);
        _partials = memory?.PartialsFor(language.Code, scope) ?? new PartialCache();
        _model = new PageModels(site.Config, urls, language);
        _events = new EventLists(site, _views);
        _stories = new StoryGroups(site, _views, language.Code);
        var config = site.Config;
        _siteTitle = config.Title.Resolve(Code, config.DefaultLanguage.Code).Text;
        _description = config.Description?.Resolve(Code, config.DefaultLanguage.Code).Text ?? _siteTitle;
    }

    /// <summary>The language's code.</summary>
    public string Code => _language.Code;

    /// <summary>
    /// A renderer for this language's pages, for one thread, rendering into <paramref name="buffers"/> and timing its
    /// templates on <paramref name="clock"/> when given one.
    /// </summary>
    public PageRenderer NewRenderer(OutputBuffers buffers, TemplateClock? clock = null) =>
        new(_theme, Globals(), _diagnostics, buffers, clock);

    /// <summary>
    /// The names of what every template of the language is given: the global variables and functions, the page, and
    /// in the base layout the page's markup.
    /// </summary>
    public IEnumerable<string> GivenNames() =>
        [.. Globals().Keys, PageRenderer.PageVariable, HtmlTemplateContext.BodyVariable];

    /// <summary>
    /// Every page of the language, to render. A page's model is made only when the page is rendered: a rebuild that
    /// keeps most pages as they were does not make theirs.
    /// </summary>
    public IReadOnlyList<PageJob> Plan()
    {
        var config = _site.Config;
        var (siteTitle, description) = (_siteTitle, _description);
        // The home pages' x-default is the root page, which lets a reader choose among them.
        Add(SiteUrls.FileOf(SiteUrls.HomePath(Code)), "home",
            () => _model.Common("home", "", siteTitle, description, SiteUrls.HomePath, SiteUrls.RootPath),
            SiteConfigReader.FileName, "the home page");
        var facets = new ProjectFacets(_site, _groups, _views, Code, config.DefaultLanguage.Code,
            status => String($"status.{status}"), () => String("explorer.real_listings"));
        var parks = _site.In(Collection.Parks).Count == 0 ? null
            : new ParkFacets(_site, _views, Code, config.DefaultLanguage.Code, kind => String($"park_kind.{kind}"));
        PlanLists(facets, parks, description);
        PlanFilters(facets, description);
        PlanParkFilters(parks, description);
        PlanComparison(description);
        PlanEntries();
        PlanOtherPages(siteTitle, description);
        return _jobs;
    }

    // The explorer's facets name the sectors and provinces and count their projects.
    private static readonly IReadOnlyList<Collection> Explorer =
        [Collection.Projects, Collection.Sectors, Collection.Provinces];

    // The parks directory's facets name the provinces and sectors and count their parks.
    private static readonly IReadOnlyList<Collection> Directory =
        [Collection.Parks, Collection.Sectors, Collection.Provinces];

    // What a collection's list depends on whole: its own entries, and those its facets name and count.
    private static IReadOnlyList<Collection> ListedWith(Collection collection) =>
        collection == Collection.Projects ? Explorer : collection == Collection.Parks ? Directory : [collection];

    private void PlanLists(ProjectFacets facets, ParkFacets? parks, string description)
    {
        foreach (var collection in Collection.Presented(_site).Where(c => c.Listed))
        {
            var title = String($"collections.{collection.Name}");
            var entries = _views.ByCollection[collection.Name];
            // The news list is paged; other lists are short enough to show whole.
            var perPage = collection == Collection.News ? _site.Config.Paginate : Math.Max(entries.Count, 1);
            var pageCount = Math.Max(1, (entries.Count + perPage - 1) / perPage);
            for (var number = 1; number <= pageCount; number++)
            {
                var n = number;
                Add(SiteUrls.FileOf(SiteUrls.ListPagePath(Code, collection, n)),
                    _theme.Pick(collection.Name, "list"), () =>
                {
                    var page = _model.Common("list", collection.Name, title, description,
                        l => SiteUrls.ListPagePath(l, collection, n));
                    page.Page["entries"] = new ScriptArray(entries.Skip((n - 1) * perPage).Take(perPage));
                    page.Page["breadcrumbs"] = _model.Breadcrumbs(() => n == 1
                        ? [Home(), new(title, SiteUrls.ListPath(Code, collection))]
                        : [Home(), new(title, SiteUrls.ListPath(Code, collection)),
                            new(String("pagination.page")
                                    .Replace("{0}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                                SiteUrls.ListPagePath(Code, collection, n))]);
                    page.Page["pagination"] = Pagination(collection, n, pageCount);
                    if (collection == Collection.Projects) page.Page["facets"] = facets.ToScript(_urls, Code, null);
                    if (collection == Collection.Parks && parks is not null)
                    {
                        page.Page["facets"] = parks.ToScript(_urls, Code, null);
                        if (Compares) page.Page["compare_url"] = _urls.Url(SiteUrls.ComparePath(Code));
                        if (ParkLandFilter.For(_site) is { } land) page.Page["land_filter"] = land.ToScript();
                    }
                    return page;
                }, $"content/{collection.Name}", $"the list of {collection.Name}",
                    needs: d => { foreach (var c in ListedWith(collection)) d.List(c); });
            }
        }
    }

    // The explorer's pages per sector, province and status, and of the real listings; a theme may lay them out apart
    // with projects/filter.
    private void PlanFilters(ProjectFacets facets, string description)
    {
        var template = _theme.Templates.ContainsKey("projects/filter")
            ? "projects/filter"
            : _theme.Pick(Collection.Projects.Name, "list");
        foreach (var filter in facets.Filters)
        {
            PlanFilter(filter, Collection.Projects, template, l => SiteUrls.FilterPath(l, filter.Facet, filter.Value),
                description, "a page of the project explorer", Explorer, (page, shown) =>
                {
                    page["facets"] = facets.ToScript(_urls, Code, filter);
                    shown["query"] = ProjectFacets.Query(filter);
                });
        }
    }

    // The parks directory's pages per kind, province, sector and investors' country, laid out as the directory.
    private void PlanParkFilters(ParkFacets? parks, string description)
    {
        if (parks is null) return;
        var template = _theme.Pick(Collection.Parks.Name, "list");
        foreach (var filter in parks.Filters)
        {
            PlanFilter(filter, Collection.Parks, template, l => SiteUrls.ParkFilterPath(l, filter.Facet, filter.Value),
                description, "a page of the parks directory", Directory, (page, _) =>
                {
                    page["facets"] = parks.ToScript(_urls, Code, filter);
                    if (Compares) page["compare_url"] = _urls.Url(SiteUrls.ComparePath(Code));
                });
        }
    }

    // A list narrowed to one value of one of its facets, at pathIn(language); more adds what the list's own layout
    // reads to the page and to its page.filter.
    private void PlanFilter(ListFilter filter, Collection collection, string template, Func<string, string> pathIn,
        string description, string what, IReadOnlyList<Collection> listed, Action<ScriptObject, ScriptObject> more)
    {
        var listTitle = String($"collections.{collection.Name}");
        Add(SiteUrls.FileOf(pathIn(Code)), template, () =>
        {
            var page = _model.Common("list", collection.Name, $"{filter.Label} – {listTitle}", description, pathIn);
            page.Page["entries"] = new ScriptArray(filter.Entries);
            var shown = new ScriptObject(StringComparer.Ordinal)
                { ["facet"] = filter.Facet, ["value"] = filter.Value, ["label"] = filter.Label };
            page.Page["filter"] = shown;
            more(page.Page, shown);
            page.Page["breadcrumbs"] = _model.Breadcrumbs(() =>
                [Home(), new(listTitle, SiteUrls.ListPath(Code, collection)), new(filter.Label, pathIn(Code))]);
            return page;
        }, $"content/{collection.Name}", what, needs: d => { foreach (var c in listed) d.List(c); });
    }

    // Whether the site has parks and its theme lays them out side by side (parks/compare).
    private bool Compares => _site.In(Collection.Parks).Count > 0 && _theme.Templates.ContainsKey("parks/compare");

    // The parks side by side.
    private void PlanComparison(string description)
    {
        if (!Compares) return;
        var (parks, title) = (String("collections.parks"), String("park.compare_title"));
        Add(SiteUrls.FileOf(SiteUrls.ComparePath(Code)), "parks/compare", () =>
        {
            var page = _model.Common("compare", Collection.Parks.Name, title, description, SiteUrls.ComparePath);
            page.Page["entries"] = new ScriptArray(_views.ByCollection[Collection.Parks.Name]);
            page.Page["breadcrumbs"] = _model.Breadcrumbs(() =>
                [Home(), new(parks, SiteUrls.ListPath(Code, Collection.Parks)),
                    new(title, SiteUrls.ComparePath(Code))]);
            return page;
        }, "content/parks", "the comparison of parks", needs: d => d.List(Collection.Parks));
    }

    private void PlanEntries()
    {
        // Each collection's template is looked up once, not once per entry.
        var templates = Collection.All.ToDictionary(c => c, c => _theme.Pick(c.Name, "entry"));
        foreach (var entry in _site.Entries)
            _jobs.Add(PageJob.Of(this, SiteUrls.FileOf(SiteUrls.EntryPath(Code, entry.Key)),
                templates[entry.Key.Collection], entry));
    }

    /// <summary>
    /// The model of <paramref name="entry"/>'s page, made when the page is rendered, and the site file it comes from:
    /// the text it shows, else the entry's index.
    /// </summary>
    public (PageModel Model, string Source) EntryPage(Entry entry)
    {
        var text = entry.Texts.GetValueOrDefault(EntryViews.ContentLanguage(entry, Code, _site.Config));
        var model = _model.ForEntry(entry, _views[entry.Key], _description, Home,
            () => String($"collections.{entry.Key.Collection.Name}")) with
        {
            TextLinks = text is null ? [] : _markdown.Links(entry, text, Code),
        };
        return (model, text?.Path ?? $"{entry.Key.Folder}/{ContentLoader.IndexFile}");
    }

    // Search, the page for missing addresses and, for the default language, the root pages.
    private void PlanOtherPages(string siteTitle, string description)
    {
        // The search page: Pagefind's index is built over the written pages; it is not a page to list in the sitemap.
        if (_search)
        {
            Add(SiteUrls.FileOf(SiteUrls.SearchPath(Code)), "search",
                () => _model.Common("search", "", String("search.title"), description, SiteUrls.SearchPath)
                    with { Sitemap = null },
                _theme.SourceOf("search"), "the search page");
        }

        // A page for addresses that do not exist, in the reader's language, when the theme has one; its switcher leads
        // home.
        if (_theme.Templates.ContainsKey("404"))
        {
            Add(SiteUrls.NotFoundPath(Code), "404",
                () => new PageModel(
                    _model.NotFound(String("not_found.title"), description, SiteUrls.NotFoundPath(Code)), null),
                _theme.SourceOf("404"), "the page for missing addresses");
        }

        // The root pages lead to every language; they are written in the default language, so they are rendered with
        // its views.
        if (_language != _site.Config.DefaultLanguage) return;
        Add(SiteUrls.FileOf(SiteUrls.RootPath), "root", () =>
        {
            var root = _model.Common("root", "", siteTitle, description, _ => SiteUrls.RootPath);
            IReadOnlyList<Alternate> alternates = [
                .. _site.Config.Languages.Select(l =>
                    new Alternate(l.Code, _urls.Permalink(SiteUrls.HomePath(l.Code)))),
                new Alternate("x-default", _urls.Permalink(SiteUrls.RootPath))];
            root.Page["alternates"] = PageModels.ToScript(alternates);
            return new PageModel(root.Page, new SitemapEntry(_urls.Permalink(SiteUrls.RootPath), alternates));
        }, SiteConfigReader.FileName, "the root page", root: true);
        Add(SiteUrls.RootNotFoundPath, "root", () =>
        {
            var rootNotFound = _model.NotFound(siteTitle, description, SiteUrls.RootNotFoundPath);
            rootNotFound["kind"] = "root_404";
            return new PageModel(rootNotFound, null);
        }, SiteConfigReader.FileName, "the root page for missing addresses", root: true);
    }

    // needs adds what the page depends on whatever its templates read: its own entry, or the collections it lists.
    private void Add(string file, string template, Func<PageModel> model, string source, string what,
        Action<PageDependencies>? needs = null, bool root = false) =>
        _jobs.Add(PageJob.Of(this, file, template, model, root ? null : Code, source, what, needs));

    private string String(string key) => _theme.Strings.Get(Code, key, _diagnostics);

    // Every breadcrumb starts at the language's home page.
    private Breadcrumb Home() => new(String("nav.home"), SiteUrls.HomePath(Code));

    private ScriptObject Pagination(Collection collection, int number, int count)
    {
        string? UrlOf(int n) => n >= 1 && n <= count ? _urls.Url(SiteUrls.ListPagePath(Code, collection, n)) : null;
        return new ScriptObject(StringComparer.Ordinal)
        {
            ["number"] = number,
            ["count"] = count,
            ["previous_url"] = UrlOf(number - 1),
            ["next_url"] = UrlOf(number + 1),
            ["pages"] = new ScriptArray(Enumerable.Range(1, count).Select(n => new ScriptObject(StringComparer.Ordinal)
            {
                ["number"] = n, ["url"] = UrlOf(n), ["is_current"] = n == number,
            })),
        };
    }

    private ScriptObject Globals()
    {
        var config = _site.Config;
        var globals = TemplateFunctions.For(Code, _theme, _views, _lists, _urls, config, _diagnostics);
        _groups.AddTo(globals);
        _events.AddTo(globals);
        _stories.AddTo(globals);
        // Partials cached for the whole language, whichever thread renders them first.
        var cached = new CachedPartialFunction(_partials);
        globals.SetValue("include_cached", cached, true);
        globals.SetValue("include_cached_each", new CachedPartialEachFunction(cached), true);
        // Shared by every page of the language, as the entries are.
        globals["site"] = new SharedObject
        {
            ["title"] = _siteTitle,
            ["description"] = config.Description?.Resolve(Code, config.DefaultLanguage.Code).Text,
            ["base_url"] = config.BaseUrl.AbsoluteUri,
            ["default_language"] = config.DefaultLanguage.Code,
            ["languages"] = new SharedArray(config.Languages.Select(l => new SharedObject
            {
                ["code"] = l.Code, ["name"] = l.Name, ["dir"] = l.Direction,
                ["url"] = _urls.Url(SiteUrls.HomePath(l.Code)),
            }.Seal())),
            ["home_url"] = _urls.Url(SiteUrls.HomePath(Code)),
            ["search_url"] = _search ? _urls.Url(SiteUrls.SearchPath(Code)) : null,
            // A site without news has no feed to link to.
            ["feed_url"] = _site.In(Collection.News).Any() ? _urls.Url(Publishing.NewsFeed.PathFor(Code)) : null,
            ["content_security_policy"] = Publishing.SecurityPolicy.ForPages(config),
            ["collections"] = new SharedArray(Collection.Presented(_site).Where(c => c.Listed)
                .Select(c => new SharedObject
                {
                    ["name"] = c.Name, ["url"] = _urls.Url(SiteUrls.ListPath(Code, c)),
                }.Seal())),
        }.Seal();
        globals["lang"] =
            new SharedObject { ["code"] = Code, ["name"] = _language.Name, ["dir"] = _language.Direction }.Seal();
        return globals;
    }
}
