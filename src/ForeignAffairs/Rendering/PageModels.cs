using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Builds the <c>page</c> object of templates: title, description, URLs, canonical link, hreflang alternates (only
/// languages the page is really written in, plus x-default) and the language switcher (every language, leading to the
/// same page).
/// </summary>
internal sealed class PageModels(SiteConfig config, SiteUrls urls, Language language)
{
    /// <summary>
    /// A page that exists in every language (home, lists, root); x-default is the default language's, or
    /// <paramref name="xDefaultPath"/>.
    /// </summary>
    public PageModel Common(string kind, string collection, string title, string description,
        Func<string, string> pathIn, string? xDefaultPath = null)
    {
        var written = config.LanguageCodes;
        var page = Base(kind, collection, title, description, pathIn(language.Code));
        var alternates = Alternates(written, pathIn, xDefaultPath);
        page["alternates"] = ToScript(alternates);
        page["translations"] = Switcher(pathIn, written);
        return new PageModel(page, new SitemapEntry(urls.Permalink(pathIn(language.Code)), alternates));
    }

    /// <summary>
    /// An entry's page; when the entry is not written in this language it borrows another language's text, says so, and
    /// points its canonical link there.
    /// </summary>
    public PageModel ForEntry(Entry entry, ScriptObject view, string siteDescription, Func<Breadcrumb> home,
        Func<string> collectionTitle)
    {
        string PathIn(string code) => SiteUrls.EntryPath(code, entry.Key);
        var contentLanguage = EntryViews.ContentLanguage(entry, language.Code, config);
        var isFallback = contentLanguage != language.Code;
        var written = config.LanguageCodes.Where(entry.IsWrittenIn).ToArray();
        var title = entry.Title.Resolve(language.Code, config.DefaultLanguage.Code).Text;
        var description = entry.Summary?.Resolve(language.Code, config.DefaultLanguage.Code).Text ?? siteDescription;

        var page = Base("entry", entry.Key.Collection.Name, title, description, PathIn(language.Code));
        var (_, titleLanguage) = entry.Title.Resolve(language.Code, config.DefaultLanguage.Code);
        // Pages are linked from the menu, not from a list of pages.
        page["breadcrumbs"] = Breadcrumbs(() => entry.Key.Collection == Collection.Pages
            ? [home(), new(title, PathIn(language.Code), titleLanguage)]
            : [home(), new(collectionTitle(), SiteUrls.ListPath(language.Code, entry.Key.Collection)),
                new(title, PathIn(language.Code), titleLanguage)]);
        page["entry"] = view;
        page["content"] = view["content"];
        page["content_lang"] = contentLanguage;
        page["is_fallback"] = isFallback;
        page["content_language_name"] = config.Languages.First(l => l.Code == contentLanguage).Name;
        // A page that only borrows another language's text is not a translation: it names the original as canonical and
        // has no alternates.
        page["canonical"] = urls.Permalink(PathIn(contentLanguage));
        var alternates = isFallback ? [] : Alternates(written, PathIn);
        page["alternates"] = ToScript(alternates);
        page["translations"] = Switcher(PathIn, written);
        return new PageModel(page,
            isFallback ? null : new SitemapEntry(urls.Permalink(PathIn(language.Code)), alternates));
    }

    /// <summary>
    /// The page shown for an address that does not exist, at <paramref name="path"/> (a file, not a folder). It is not
    /// a page to index, so it has no canonical link and no alternates; its language switcher leads to each language's
    /// home page.
    /// </summary>
    public ScriptObject NotFound(string title, string description, string path)
    {
        var page = Base("404", "", title, description, path);
        page["canonical"] = null;
        page["alternates"] = new ScriptArray();
        page["translations"] = Switcher(SiteUrls.HomePath, config.LanguageCodes);
        return page;
    }

    /// <summary>
    /// A page's breadcrumb as templates see it: from the home page to the page itself, each with <c>name</c>,
    /// <c>url</c>, <c>href</c> (the full address, for structured data) and <c>lang</c> when the name is in another
    /// language than the page. It is made when a template first reads it, so that a theme without breadcrumbs needs
    /// none of their UI strings.
    /// </summary>
    public TemplateFunction Breadcrumbs(Func<IEnumerable<Breadcrumb>> trail)
    {
        var made = new Lazy<ScriptArray>(() => new SharedArray(trail().Select(crumb =>
        {
            var item = new SharedObject(4)
                { ["name"] = crumb.Name, ["url"] = urls.Url(crumb.Path), ["href"] = urls.Permalink(crumb.Path) };
            if (crumb.Language is { } lang && lang != language.Code) item["lang"] = lang;
            return item.Seal();
        })));
        return TemplateFunction.Of(() => made.Value);
    }

    /// <summary>Alternates as templates see them: objects with <c>hreflang</c> and <c>href</c>.</summary>
    public static ScriptArray ToScript(IEnumerable<Alternate> alternates) =>
        new(alternates.Select(a =>
            new ScriptObject(2, StringComparer.Ordinal) { ["hreflang"] = a.Hreflang, ["href"] = a.Href }));

    // With room for what an entry's page adds: a page's members are set once, not copied as they grow.
    private ScriptObject Base(string kind, string collection, string title, string description,
        string path) => new(24, StringComparer.Ordinal)
    {
        ["kind"] = kind,
        ["collection"] = collection,
        ["title"] = title,
        ["description"] = description,
        ["url"] = urls.Url(path),
        ["permalink"] = urls.Permalink(path),
        ["canonical"] = urls.Permalink(path),
        ["lang"] = language.Code,
        ["content_lang"] = language.Code,
        ["is_fallback"] = false,
        ["content"] = new RawHtml(""),
        ["breadcrumbs"] = Breadcrumbs(() => []),
    };

    private IReadOnlyList<Alternate> Alternates(IReadOnlyList<string> written, Func<string, string> pathIn,
        string? xDefaultPath = null)
    {
        var xDefault = written.Contains(config.DefaultLanguage.Code, StringComparer.Ordinal)
            ? config.DefaultLanguage.Code
            : written[0];
        return written.Select(code => new Alternate(code, urls.Permalink(pathIn(code))))
            .Append(new Alternate("x-default", urls.Permalink(xDefaultPath ?? pathIn(xDefault)))).ToArray();
    }

    private ScriptArray Switcher(Func<string, string> pathIn, IReadOnlyList<string> written) =>
        new(config.Languages.Select(l => new ScriptObject(5, StringComparer.Ordinal)
        {
            ["code"] = l.Code,
            ["name"] = l.Name,
            ["url"] = urls.Url(pathIn(l.Code)),
            ["is_current"] = l.Code == language.Code,
            ["is_translated"] = written.Contains(l.Code, StringComparer.Ordinal),
        }));
}
